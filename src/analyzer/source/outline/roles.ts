import { opensWithAction } from './infer.ts';
import type { Rules } from '../../config/rules.ts';
import { CodeUnitTrie } from '../../text/trie.ts';
import type { OutlineNode, Role, RoleEvidence } from '../../types.ts';

/** The roles an item can have (the others are a section's: context, conclusion…). */
export const ITEM_ROLES: ReadonlySet<string> = new Set(['problem', 'cause', 'countermeasure']);
/** Joiners that make `问题及对策` name two roles rather than one (`问题的原因` names causes). */
const JOINERS = /[及和、暨]|(?<!参)与|并(?![非不没未])|以及/;
/** A heading's number (`一、`): its `、` joins nothing. */
const NUMBERED = /[一二三四五六七八九十\d]+、/g;

const LABEL_ROLES: Record<string, Role> = {
  问题: 'problem',
  原因: 'cause',
  对策: 'countermeasure',
  建议: 'countermeasure',
  措施: 'countermeasure',
  整改措施: 'countermeasure',
};

/**
 * The role a heading's own words give it. When several cue words occur the
 * last one wins: Chinese noun phrases put their head last
 * (`存在问题的原因分析` is about causes).
 */
export function headingRole(
  heading: string,
  cues: Rules['roleCues'],
  deficiency: readonly string[] = [],
): RoleEvidence & { role?: Role } {
  return statedDeficiency(heading, 0, heading.length, headingRoleIn(heading, 0, heading.length, cues), deficiency);
}

/**
 * `headingRole(view.slice(start, end), cues)` without slicing. The cue whose
 * last occurrence ends last wins, the longer one where two end together,
 * else the first listed: so the ends are tried from the heading's end
 * backwards, each by walking the trie of the cues reversed, and the first
 * end any cue meets decides.
 */
function headingRoleIn(
  view: string,
  start: number,
  end: number,
  cues: Rules['roleCues'],
): RoleEvidence & { role?: Role } {
  const { trie, cues: listed } = reversedCues(cues);
  for (let e = end; e > start; e--) {
    let longest = -1;
    let from = e;
    let node = 0;
    for (let k = e - 1; k >= start; k--) {
      const c = view.charCodeAt(k);
      // Letter-spaced headings (`问 题`, `对　策`): spaces inside a cue are passed over.
      if (node !== 0 && (c === 0x20 || c === 0x3000)) continue;
      node = trie.child(node, c);
      if (node === 0) break;
      if (trie.values[node] !== -1) [longest, from] = [trie.values[node], k];
    }
    if (longest !== -1) {
      const [role, cue] = listed[longest];
      // `…的特点主要表现在:` names what its subject names: `主要表现` used as a verb borrows the role of a cue before it.
      if (MANIFESTS.test(cue) && VERB_AFTER.includes(view[skipSpaces(view, e, end)] ?? '-')) {
        const subject = headingRoleIn(view, clauseStart(view, start, from), from, cues);
        if (subject.role) return subject;
      }
      return { source: 'heading', cue, role };
    }
  }
  return { source: 'default' };
}

/** Cues naming how a problem shows (`主要表现`, `具体表现`): as a verb (`…主要表现在`) they name what their subject names. */
const MANIFESTS = /表现$/;
/** What follows such a cue used as a verb. */
const VERB_AFTER = '在为是于';

/** The first offset from `at` (before `end`) that is no space (`问 题`). */
function skipSpaces(view: string, at: number, end: number): number {
  while (at < end && (view[at] === ' ' || view[at] === '\u3000')) at++;
  return at < end ? at : -1;
}

/** Where the clause holding `at` starts, not before `start`. */
function clauseStart(view: string, start: number, at: number): number {
  let i = at;
  while (i > start && !'，,；;。：:！？!?\n'.includes(view[i - 1])) i--;
  return i;
}

/**
 * Whether `heading`, whose last cue `cue` gives `role`, names two item roles
 * joined as a pair (`问题及成因分析`), or an item role and one of `partners`.
 */
export function namesPair(
  heading: string,
  role: Role,
  cue: string,
  cues: Rules['roleCues'],
  partners: ReadonlySet<string> = ITEM_ROLES,
): boolean {
  if (!ITEM_ROLES.has(role)) return false;
  const at = heading.lastIndexOf(cue);
  return Object.entries(cues)
    .filter(([other]) => partners.has(other as Role) && other !== role)
    .flatMap(([, words]) => words.map((w) => heading.indexOf(w)))
    .some((p) => p !== -1 && p < at && JOINERS.test(heading.slice(p, at).replace(NUMBERED, '')));
}

/** The role cues, listed, and a trie of them reversed whose values index the list (the first listed of a repeated cue). */
interface ReversedCues {
  trie: CodeUnitTrie;
  cues: (readonly [Role, string])[];
}

const reversedIndexes = new WeakMap<Rules['roleCues'], ReversedCues>();

/** The `ReversedCues` of a rules object, made once per rules object instead of per heading. */
function reversedCues(cues: Rules['roleCues']): ReversedCues {
  let index = reversedIndexes.get(cues);
  if (index === undefined) {
    index = { trie: new CodeUnitTrie(), cues: [] };
    for (const [role, words] of Object.entries(cues) as [Role, string[]][]) {
      for (const cue of words) {
        const node = index.trie.nodeOf(cue.split('').reverse().join(''), 0, cue.length);
        if (index.trie.values[node] === -1) index.trie.values[node] = index.cues.length;
        index.cues.push([role, cue]);
      }
    }
    reversedIndexes.set(cues, index);
  }
  return index;
}

/**
 * Give every section a role: from its own heading words (or its label, as in
 * `问题一:` / `整改措施:`), else inherited from the section it sits in.
 * `view` is the simplified view used to match cue words.
 */
export function assignRoles(
  nodes: OutlineNode[],
  view: string,
  cues: Rules['roleCues'],
  parent?: OutlineNode,
  wording?: Rules['itemWording'],
  answering: readonly string[] = [],
): void {
  const deficiency = wording?.problem.anywhere ?? [];
  for (const node of nodes) {
    const label = node.marker?.label;
    if (label && LABEL_ROLES[label]) {
      node.role = LABEL_ROLES[label];
      node.roleEvidence = { source: 'heading', cue: label };
    } else if (node.marker) {
      const { start } = node.headingSpan;
      const end = phraseEnd(view, start, node.headingSpan.end);
      // Under a section naming no item role, a label opening the heading (`(一)反馈问题:上轮…整改不够到位`)
      // names its role, whatever the words after it name.
      const labelled =
        parent && ITEM_ROLES.has(parent.role) ? undefined : labelRole(view, start, end, cues, deficiency);
      const cued = labelled ?? statedDeficiency(view, start, end, headingRoleIn(view, start, end, cues), deficiency);
      const words = view.slice(start, end);
      const found =
        wording && (actsOnCue(words, cued, wording) || answersCue(words, cued, wording, answering))
          ? { source: 'default' as const }
          : cued;
      if (found.role && namesPair(view.slice(start, end), found.role, found.cue!, cues)) {
        // `问题及成因分析` heads both parts: its items are read by their own wording.
        node.role = 'other';
        node.roleEvidence = { source: 'heading', cue: found.cue! };
      } else if (found.role) {
        node.role = found.role;
        node.roleEvidence = { source: 'heading', cue: found.cue! };
      } else if (parent) {
        node.role = parent.role;
        node.roleEvidence = { source: 'inherited' };
      } else {
        node.role = 'other';
        node.roleEvidence = { source: 'default' };
      }
    }
    assignRoles(node.children, view, cues, node, wording, answering);
  }
}

/**
 * The item role a label opening `view[start, end)` names (`反馈问题:`, `整改措施:`), unless it states a
 * deficiency (`社会氛围不足:`).
 */
export function labelRole(
  view: string,
  start: number,
  end: number,
  cues: Rules['roleCues'],
  deficiency: readonly string[],
): (RoleEvidence & { role?: Role }) | undefined {
  LEADING_LABEL.lastIndex = start;
  const label = LEADING_LABEL.exec(view);
  if (!label || label.index + label[0].length > end) return undefined;
  const named = headingRoleIn(view, start, start + label[1].length, cues);
  if (!named.role || !ITEM_ROLES.has(named.role) || !label[1].endsWith(named.cue!)) return undefined;
  return named.cue !== label[1] && deficiency.includes(named.cue!) ? undefined : named;
}

/** A label opening a heading (`反馈问题:…`, `最根本的问题：…`): up to 12 characters before a colon, with no comma. */
const LABEL_WORDS = '[^：:，,\\n]{1,12}';
export const OPENING_LABEL = new RegExp(`^${LABEL_WORDS}[：:]`);
/** `OPENING_LABEL` at an offset (sticky), its words captured. */
const LEADING_LABEL = new RegExp(`(${LABEL_WORDS})[：:]`, 'y');

/**
 * Whether a heading opening with an action names the problem it answers in a later clause
 * (`建立激励约束机制,解决村组干部主动性不够,积极性不高的问题`): the cue is what the action
 * solves, not the section's role.
 */
function answersCue(
  heading: string,
  found: RoleEvidence & { role?: Role },
  wording: Rules['itemWording'],
  answering: readonly string[],
): boolean {
  if (found.role !== 'problem' || found.cue === undefined || !opensWithAction(heading, wording)) return false;
  const clauses = heading.slice(0, heading.lastIndexOf(found.cue)).split(/[，,；;]/);
  return clauses.slice(1).some((c) => answering.some((verb) => c.trimStart().startsWith(verb)));
}

/**
 * Whether a clause opening with an action takes a heading's item-role cue as the action's object,
 * words following it (`紧扣…，切实做好巡察整改“后半篇文章”`): the heading is a point, not a section
 * named for its role, which ends with the cue (`加强社区党建工作的对策`).
 */
function actsOnCue(heading: string, found: RoleEvidence & { role?: Role }, wording: Rules['itemWording']): boolean {
  if (found.cue === undefined) return false;
  const at = heading.lastIndexOf(found.cue);
  const clause = heading
    .slice(0, at)
    .split(/[，,；;]/)
    .at(-1)!
    .trimStart();
  const rest = heading.slice(at + found.cue.length);
  // `提高认识，营造共建氛围`: a context cue right after the action word opening the heading is its object.
  if (found.role === 'context') return clause.length <= 2 && opensWithAction(clause, wording);
  return ITEM_ROLES.has(found.role ?? '') && opensWithAction(clause, wording) && /\p{Script=Han}/u.test(rest);
}

/** A heading this long that holds a clause is a run-in sentence. */
const SENTENCE_HEADING = 30;

/**
 * Where a heading's phrase ends: a run-in sentence (`思想观念上的不重视，一些干部对…的重要性认识不足，…`)
 * is named by its first clause, not by a cue further on; a shorter heading is read whole (`当前，…存在的问题`).
 */
function phraseEnd(view: string, start: number, end: number): number {
  if (end - start <= SENTENCE_HEADING) return end;
  for (let i = start; i < end; i++) if ('，,；;'.includes(view[i])) return i;
  return end;
}

/**
 * A cue word the heading goes on to find wanting (`管理监督措施不够有力`,
 * `工作方式方法不适应`) is the subject of a problem, not the section's role: no role;
 * nor does a problem cue in a heading of clauses that each state a deficiency.
 */
function statedDeficiency(
  view: string,
  start: number,
  end: number,
  found: RoleEvidence & { role?: Role },
  deficiency: readonly string[],
): RoleEvidence & { role?: Role } {
  if (!found.role || found.cue === undefined) return found;
  const heading = view.slice(start, end);
  const after = heading.lastIndexOf(found.cue) + found.cue.length;
  const rest = heading.slice(after);
  if (found.role !== 'problem') return deficiency.some((w) => rest.includes(w)) ? { source: 'default' } : found;
  // `制度执行不严格，形式化问题突出`, `参与积极性低，民主氛围不足`: clauses each stating a deficiency
  // are one problem, not a section of problems; a cue labelling them (`最根本的问题：…，…`) names one.
  if (OPENING_LABEL.test(heading)) return found;
  const clauses = heading.split(/[，,；;]/);
  const stated = clauses.length >= 2 && clauses.every((c) => deficiency.some((w) => c.includes(w)));
  return stated ? { source: 'default' } : found;
}

/** Words around role cues in a heading that names nothing else (`存在的主要问题`, `原因分析`, `对策及建议`). */
const ROLE_FILLER = /存在|当前|目前|主要|突出|几点|一些|分析|及其|以及|及|和|与|的|[\s:：、.．]/g;

/** Longest heading that can name nothing but a role (`当前存在的主要问题及原因分析`). */
const BARE_MAX = 16;

/** The cue words of a `roleCues`, longest first, listed once per set of rules. */
const cueWords = new WeakMap<Rules['roleCues'], string[]>();

/** Whether a heading only names a role: no words are left once its cues and filler are taken out. */
export function bareRoleHeading(heading: string, cues: Rules['roleCues']): boolean {
  if (heading.length > BARE_MAX) return false;
  let words = cueWords.get(cues);
  if (words === undefined) {
    words = Object.values(cues)
      .flat()
      .sort((a, b) => b.length - a.length);
    cueWords.set(cues, words);
  }
  let rest = heading.replace(ROLE_FILLER, '');
  if (rest === '') return false;
  for (const w of words) if (rest.includes(w)) rest = rest.split(w).join('');
  return rest === '' && headingRole(heading, cues).role !== undefined;
}
