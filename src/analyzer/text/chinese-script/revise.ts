/** The view of a text after edits, made from the view before them: only the clauses around each edit are converted. */
import type { Edit } from '../../types.ts';
import { keepView, separatorTable } from './caches.ts';
import { convertClause } from './convert.ts';
import { convertsByClauses, type Viewed, viewed } from './view.ts';

/**
 * `viewed(next)`, where `next` is `prev.text` changed by `edits` (one ledger batch: in order, apart,
 * `at` in `next`). A clause of `next` with no edited character, nor in its separators, keeps `prev.view`'s view.
 */
export function revised(prev: Viewed, next: string, edits: readonly Edit[]): Viewed {
  if (!prev.byClauses || edits.some((e) => !convertsByClauses(e.after))) return viewed(next);
  const sep = separatorTable()!; // read, as `byClauses` is true
  /** Just after the first separator at or after `p`, or the end. */
  const clauseEnd = (p: number) => {
    while (p < next.length && sep[next.charCodeAt(p)] !== 1) p++;
    return p < next.length ? p + 1 : p;
  };
  const parts: string[] = [];
  let done = 0;
  let shift = 0;
  for (let k = 0; k < edits.length; ) {
    let start = edits[k].at;
    while (start > done && sep[next.charCodeAt(start - 1)] !== 1) start--;
    parts.push(prev.view.slice(done - shift, start - shift));
    let j = k;
    let end = clauseEnd(edits[j].at + edits[j].after.length);
    while (j + 1 < edits.length && edits[j + 1].at < end) {
      j++;
      end = Math.max(end, clauseEnd(edits[j].at + edits[j].after.length));
    }
    for (let c = start; c < end; ) {
      const stop = clauseEnd(c);
      parts.push(convertClause(next.slice(c, stop)));
      c = stop;
    }
    for (; k <= j; k++) shift += edits[k].after.length - edits[k].before.length;
    done = end;
  }
  parts.push(prev.view.slice(done - shift));
  const view = parts.join('');
  keepView(next, view);
  return { text: next, view, byClauses: true };
}
