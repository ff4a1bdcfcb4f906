import type { Rules } from '../../config/rules.ts';
import type { ItemRole, RoleEvidence } from '../../types.ts';

type Wording = Rules['itemWording'];
const ROLES: readonly ItemRole[] = ['problem', 'cause', 'countermeasure'];

/**
 * The role an item's own wording reads as, when no heading names it: its
 * title scanned once, the longest word of `wording` at each position counted
 * for its role (`不健全` for problems, not `健全` for countermeasures;
 * `opening` words only at the start). The role with most words wins if it
 * leads the next by at least one; `margin` says by how many. A tie goes to
 * the role of the word that closes the title (margin 0).
 */
export function inferRole(title: string, wording: Wording): { role: ItemRole; evidence: RoleEvidence } | undefined {
  const counts: Record<ItemRole, string[]> = { problem: [], cause: [], countermeasure: [] };
  let final: { role: ItemRole; end: number } | undefined;
  for (let i = 0; i < title.length; ) {
    const best = wordAt(title, i, wording);
    if (!best) {
      i++;
      continue;
    }
    // `不能扎实开展`, `缺乏创新`: an action just after a negator is what is lacking.
    const negating = best.role === 'countermeasure' && negated(title, i, wording.negators, wording.unnegating);
    const role = negating ? 'problem' : best.role;
    counts[role].push(best.word);
    i += best.word.length;
    final = { role, end: i };
  }
  const ranked = [...ROLES].sort((a, b) => counts[b].length - counts[a].length);
  const margin = counts[ranked[0]].length - counts[ranked[1]].length;
  if (margin >= 1) return { role: ranked[0], evidence: { source: 'inferred', words: counts[ranked[0]], margin } };
  // A tie of two roles goes to the word closing the title, its predicate (`思想认识与加强…工作不适应`).
  const closing = final && /^[\s。，,；;！!？?]*$/.test(title.slice(final.end)) ? final.role : undefined;
  if (!closing || counts[closing].length !== counts[ranked[0]].length) return undefined;
  return { role: closing, evidence: { source: 'inferred', words: counts[closing], margin: 0 } };
}

/** Whether a title opens with an action word of `wording` (`加强…`, `要…`, `把好…关`): the longest word it opens with is one of actions. */
export function opensWithAction(title: string, wording: Wording): boolean {
  return wordAt(title, 0, wording)?.role === 'countermeasure';
}

/** The longest word of `wording` at `i` in `title` (`opening` words only at 0), with its role; the first listed role wins a tie. */
function wordAt(title: string, i: number, wording: Wording): { role: ItemRole; word: string } | undefined {
  let best: { role: ItemRole; word: string } | undefined;
  for (const role of ROLES) {
    const lists = i === 0 ? [wording[role].anywhere, wording[role].opening] : [wording[role].anywhere];
    for (const list of lists)
      for (const word of list)
        if ((!best || word.length > best.word.length) && title.startsWith(word, i)) best = { role, word };
  }
  return best;
}

/** Characters at most between a negator and the action it negates (`有待进一步加强`). */
const NEGATED_GAP = 3;

/** Whether a negator ends at most `NEGATED_GAP` characters before `at`, in the same clause, not inside a word that negates nothing (`不断`). */
function negated(title: string, at: number, negators: readonly string[], unnegating: readonly string[]): boolean {
  for (let gap = 0; gap <= NEGATED_GAP && at - gap > 0; gap++) {
    const end = at - gap;
    if (gap > 0 && /[，,、；;。：:\s]/.test(title[end])) return false;
    const n = negators.find((w) => title.startsWith(w, end - w.length));
    if (n !== undefined && !unnegating.some((w) => title.startsWith(w, end - n.length))) return true;
  }
  return false;
}
