import type { Rules } from '../../config/rules.ts';
import { CodeUnitTrie } from '../../text/trie.ts';
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
  const { counts, final } = wordsByRole(title, wording);
  const ranked = [...ROLES].sort((a, b) => counts[b].length - counts[a].length);
  const margin = counts[ranked[0]].length - counts[ranked[1]].length;
  if (margin >= 1) return { role: ranked[0], evidence: { source: 'inferred', words: counts[ranked[0]], margin } };
  // A tie of two roles goes to the word closing the title, its predicate (`思想认识与加强…工作不适应`).
  const closing = final && /^[\s。，,；;！!？?]*$/.test(title.slice(final.end)) ? final.role : undefined;
  if (!closing || counts[closing].length !== counts[ranked[0]].length) return undefined;
  return { role: closing, evidence: { source: 'inferred', words: counts[closing], margin: 0 } };
}

/** The words of `title` read for each role (an action negated or hard to do counts for problems), and the last one's role and end. */
function wordsByRole(title: string, wording: Wording) {
  const counts: Record<ItemRole, string[]> = { problem: [], cause: [], countermeasure: [] };
  let final: { role: ItemRole; end: number } | undefined;
  for (let i = 0; i < title.length; ) {
    const best = wordAt(title, i, wording);
    if (!best) {
      i++;
      continue;
    }
    // `不能扎实开展`, `缺乏创新`: an action just after a negator is what is lacking; so is one
    // that is hard to do (`素质提高难,`, `组织难建立`), negated after it (`落实不够到位`) or weighed
    // lightly (`重形式轻落实`).
    const negating =
      best.role === 'countermeasure' &&
      (negated(title, i, wording.negators, wording.unnegating) ||
        HARD_TO_DO.test(title.slice(i + best.word.length)) ||
        HARD_BEFORE.test(title.slice(Math.max(0, i - 2), i)) ||
        NEGATED_AFTER.test(title.slice(i + best.word.length)) ||
        SLIGHTED.test(title.slice(Math.max(0, i - SLIGHTED_REACH), i)));
    const role = negating ? 'problem' : best.role;
    counts[role].push(best.word);
    i += best.word.length;
    final = { role, end: i };
  }
  return { counts, final };
}

/**
 * The words of `title` that read as `role` where no role has more (a tie `inferRole` leaves undecided:
 * `活动形式单一也是制约…深入开展的…因素`), else undefined: what a list whose other points all read as `role` settles.
 */
export function tiedFor(title: string, role: ItemRole, wording: Wording): string[] | undefined {
  const { counts } = wordsByRole(title, wording);
  const top = Math.max(...ROLES.map((r) => counts[r].length));
  return top > 0 && counts[role].length === top ? counts[role] : undefined;
}

/** Whether a title opens with an action word of `wording` (`加强…`, `要…`, `把好…关`): the longest word it opens with is one of actions. */
export function opensWithAction(title: string, wording: Wording): boolean {
  return wordAt(title, 0, wording)?.role === 'countermeasure';
}

/** The words of `wording` in code-unit tries, each with its role: `opening` words in `atStart` only, ahead of the rest. */
interface WordingIndex {
  anywhere: CodeUnitTrie;
  atStart: CodeUnitTrie;
  entries: { role: ItemRole; word: string }[];
}
const indexes = new WeakMap<Wording, WordingIndex>();

function indexOf(wording: Wording): WordingIndex {
  let index = indexes.get(wording);
  if (index) return index;
  index = { anywhere: new CodeUnitTrie(), atStart: new CodeUnitTrie(), entries: [] };
  // A word listed for two roles keeps the first in `ROLES` order.
  const add = (trie: CodeUnitTrie, role: ItemRole, word: string) => {
    if (word === '') return;
    const node = trie.nodeOf(word, 0, word.length);
    if (trie.values[node] !== -1) return;
    trie.values[node] = index!.entries.push({ role, word }) - 1;
  };
  // At a title's start its opening words come first: `突出` opening a title is an action (`突出政治功能`), closing a clause a deficiency (`矛盾突出`).
  for (const role of ROLES) for (const word of wording[role].opening) add(index.atStart, role, word);
  for (const role of ROLES) {
    for (const word of wording[role].anywhere) {
      add(index.anywhere, role, word);
      add(index.atStart, role, word);
    }
  }
  indexes.set(wording, index);
  return index;
}

/**
 * The longest word of `wording` at `i` in `title` (`opening` words only at 0, ahead of the rest), with its role;
 * the first listed role wins a tie. One trie walk (`docs/performance.md`).
 */
export function wordAt(title: string, i: number, wording: Wording): { role: ItemRole; word: string } | undefined {
  const index = indexOf(wording);
  const trie = i === 0 ? index.atStart : index.anywhere;
  let found = -1;
  for (let k = i, node = 0; k < title.length; k++) {
    node = trie.child(node, title.charCodeAt(k));
    if (node === 0) break;
    if (trie.values[node] !== -1) found = trie.values[node];
  }
  return found === -1 ? undefined : index.entries[found];
}

/** A negation right after an action: the action is what falls short (`制度落实不够到位`, `执行不力`), not `不断`. */
const NEGATED_AFTER = /^(?:不(?![断仅但论管时])|未能|欠)/;

/** `重…轻` just before an action: what is weighed lightly is lacking (`重形式轻落实`, `重部署、轻检查`). */
const SLIGHTED = /重[^，,。；;\s]{1,8}轻$/;
/** Characters before an action read for `重…轻`. */
const SLIGHTED_REACH = 12;

/** `难` closing a clause right after an action (`提高难,`), not a word it opens (`难度`, `难以`). */
const HARD_TO_DO = /^难(?:$|[\s。，,、；;！!？?])/;

/** `难` right before an action (`组织难建立`, `活动难开展`), not `克难`. */
const HARD_BEFORE = /(?<!克)难$/;

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
