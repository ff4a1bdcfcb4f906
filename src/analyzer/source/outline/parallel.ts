import { inferRole } from './infer.ts';
import type { Rules } from '../../config/rules.ts';
import type { Marker } from '../../types.ts';

/** The opening clause of a line that opens with a Han character: up to its first mark, 3 to 24 characters. */
const OPENING = /^[ \t\u3000]*(\p{Script=Han}[^，,：:。；;！？!?\n]{2,23})[，,：:。；;！？!?]/u;
const QUOTES = /[“”"‘’'「」『』《》]/g;
/** A line opening with a couplet sentence: two clauses of 2 to 6 characters (`职能不清，任务不明。`). */
const COUPLET = /^[ \t\u3000]*(\p{Script=Han}{2,6})[，,](\p{Script=Han}{2,6})[。：:]/u;

/**
 * Paragraphs that enumerate without numbers by opening alike (排比): at least
 * `minRun` lines in a row whose opening clauses share their first character and
 * their second or last (`把好党员发展“入口关”，` / `把好理论学习“教育关”，`;
 * `在理念观念层面：` / `在建设内容层面：`), that open with couplets of one
 * shape (对仗: `职能不清，任务不明。` / `协调无力，考核压头。`), or with labels and
 * their colons (`党建工作经费不足:…` / `队伍结构不合理:…`). Each gets an empty
 * marker at its start, numbered 1, 2, 3… so the run reads as an enumeration (`splitRuns`).
 */
export function parallelOpenings(view: string, start: number, end: number, minRun: number): Marker[] {
  return paragraphRuns(
    view,
    start,
    end,
    minRun,
    (line) => {
      const opening = OPENING.exec(line);
      if (!opening) return undefined;
      const clause = opening[1].replace(QUOTES, '');
      const couplet = COUPLET.exec(line);
      const label = /[：:]$/.test(opening[0]) && line.length > opening[0].length ? 'label' : undefined;
      const shape = couplet && couplet[1].length === couplet[2].length ? String(couplet[1].length) : label;
      return { clause, shape };
    },
    (last, next) => alike(last.clause, next.clause) || (next.shape !== undefined && next.shape === last.shape),
  );
}

/**
 * Runs of at least `minRun` non-blank lines of `[start, end)` in a row that
 * `read` accepts, each `continues` the one before: an empty marker at each
 * line's first non-space character, numbered 1, 2, 3… within its run.
 */
function paragraphRuns<T>(
  view: string,
  start: number,
  end: number,
  minRun: number,
  read: (line: string) => T | undefined,
  continues: (last: T, next: T) => boolean,
): Marker[] {
  const out: Marker[] = [];
  let run: { at: number; value: T }[] = [];
  const flush = () => {
    if (run.length >= minRun)
      run.forEach(({ at }, i) => out.push({ family: 'parallel', ordinal: i + 1, text: '', start: at, end: at }));
    run = [];
  };
  for (let p = start; p < end; ) {
    const newline = view.indexOf('\n', p);
    const stop = newline === -1 || newline > end ? end : newline;
    const line = view.slice(p, stop);
    if (line.trim() !== '') {
      const value = read(line);
      if (value === undefined) flush();
      else {
        const last = run.at(-1);
        if (last && !continues(last.value, value)) flush();
        run.push({ at: p + line.search(/\S/), value });
      }
    }
    p = stop + 1;
  }
  flush();
  return out;
}

/** Whether two opening clauses read as parallel: same first character, and same second or same last. */
function alike(a: string, b: string): boolean {
  return a.length >= 2 && b.length >= 2 && a[0] === b[0] && (a[1] === b[1] || a.at(-1) === b.at(-1));
}

/** A paragraph's first sentence, up to 40 characters: what a lost heading left (`基层党支部体制机制不健全，党组织作用不明显。`). */
const HEAD_SENTENCE = /^[ \t\u3000]*(\p{Script=Han}[^。！？!?；;：:\n]{3,39})。/u;

/** Longest opening sentence that heads a paragraph by its shortness alone, under a heading naming the role. */
const SHORT_HEAD = 12;

/**
 * Paragraphs whose headings were lost with their numbers: at least `minRun`
 * in a row, each opening with a short sentence that reads as an item by its
 * wording (a deficiency, an action, a cause), or, under a heading naming the
 * role (`headed`), of at most `SHORT_HEAD` characters (`严明政治纪律。`). Each
 * gets an empty marker at its start, numbered 1, 2, 3…
 */
export function headSentences(
  view: string,
  start: number,
  end: number,
  minRun: number,
  wording: Rules['itemWording'],
  headed = false,
): Marker[] {
  return paragraphRuns(
    view,
    start,
    end,
    minRun,
    (line) => {
      const m = HEAD_SENTENCE.exec(line);
      if (!m) return undefined;
      if (headed && m[1].length <= SHORT_HEAD) return true;
      // Clearly: a tie of roles settled by the closing word is too weak to make a list.
      return (inferRole(m[1], wording)?.evidence.margin ?? 0) >= 1 ? true : undefined;
    },
    () => true,
  );
}
