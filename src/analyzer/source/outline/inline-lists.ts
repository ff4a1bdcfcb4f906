/**
 * Items a sentence lists inline, where no section or point gives them: in an
 * abstract (`sentenceListsOnly`), in a section whose heading names the part
 * (`listedIn`), in the opening or another section that is no item, and
 * actions listed in answer (`withSentenceLists`, `answering.ts`).
 */
import { actionParts, answeringLists, splitList } from './answering.ts';
import { inferRole, opensWithAction } from './infer.ts';
import { headingRole, ITEM_ROLES } from './roles.ts';
import { leaves, wordingRole } from './sections.ts';
import { semicolonLists } from './semicolons.ts';
import { ROLE_NAMES } from '../../names.ts';
import type { Found, ItemsInput } from './items.ts';
import type { ItemRole, OutlineNode, RoleEvidence, Span } from '../../types.ts';

/** The node id of items an abstract lists (no section of the outline holds them). */
export const ABSTRACT_NODE = 'abstract';
/** Words a list opens after (`存在A、B…`, `面临…`, `提出…`), not its first part's. */
const OPENERS = '存在着|存在|面临着|面临|面对|出现|提出|包括|认为|发现';
const LIST_VERBS = new RegExp(OPENERS, 'g');
/** In an abstract, also verbs giving rise to the problems it lists (`…断层引发了A、B等问题`). */
const SUMMARY_VERBS = new RegExp(`${OPENERS}|引发了|引发|导致了|导致|造成了|造成`, 'g');
/** Characters at most between a part's `、` and a verb in that part (`、工作贯彻面临…`). */
const PART_SUBJECT = 8;
/** Words an abstract's list of actions follows at a clause's start (`…,要优化…、建立…`, `如打造…`). */
const ACTION_LEAD = /^(?:要|应当|应|需要|必须|如)/;
/** Actions an abstract lists after `要`, `应` or `如`: at least this many. */
const MIN_ACTIONS = 3;
/** Items a section lists within a sentence, at least, to be its items instead of the section (`listedIn`). */
const MIN_LISTED = 3;
/** Longest part of a list: a longer one is a sentence of its own. */
const MAX_PART = 40;
/** Longest stretch between a list's closing `等` and the role word ending it (`等能够推动…的具体路径`). */
const MAX_TAIL = 24;
/** `等` or `则是` closing a list, and the words after it to the clause's end. */
const CLOSER = new RegExp(`(等|则是)([^，,：:]{0,${MAX_TAIL}}?)(?=[，,]|$)`, 'g');
/** A clause: text between commas, stops, colons or line breaks. */
const CLAUSE = /[^，,。；;！？!?：:\n]+/g;

/**
 * Items an abstract lists inline, for an article whose body gives none (an
 * abstract-only record, a page cut before its lists): the named lists
 * (`namedLists`), and three or more actions listed at a clause's start after
 * `要`, `应` or `如` (`要优化…、建立…,推动…`), every one reading as an action (inferred).
 */
function abstractLists(abstract: Span, input: ItemsInput): Found[] {
  const holder: OutlineNode = {
    id: ABSTRACT_NODE,
    marker: null,
    level: 1,
    heading: '',
    headingSpan: { start: abstract.start, end: abstract.start },
    span: abstract,
    role: 'abstract',
    roleEvidence: { source: 'default' },
    children: [],
  };
  const out = namedLists(abstract, input, ITEM_ROLES, false, true).map((l) =>
    itemAt(l.span, l.role, holder, [ROLE_NAMES.abstract], l.evidence),
  );
  // `…面临一些挑战,主要体现在:A;B;C。`: points a lead-in naming their role lists with semicolons.
  for (const list of semicolonLists(input.view, abstract.start, abstract.end, input.rules))
    for (const p of list.points)
      if (!out.some((f) => f.span.start < p.end && p.start < f.span.end))
        out.push(itemAt(p, list.role, holder, [ROLE_NAMES.abstract], { source: 'heading', cue: list.cue }));
  const { view } = input;
  CLAUSE.lastIndex = abstract.start;
  for (let m = CLAUSE.exec(view); m !== null && m.index < abstract.end; m = CLAUSE.exec(view)) {
    const lead = ACTION_LEAD.exec(m[0]);
    if (!lead) continue;
    // The actions run to the sentence's end, over semicolons (`应A;B;C。`), or, where not all of those
    // read as actions, to the clause's semicolon.
    const ends = [/[。！？!?\n]/, /[。；;！？!?\n]/].map((stop) => {
      const at = view.slice(m!.index, abstract.end).search(stop);
      return { start: m!.index + lead[0].length, end: at === -1 ? abstract.end : m!.index + at };
    });
    const whole = actionParts(view, ends[0], input.rules.itemWording);
    const list = whole ? ends[0] : ends[1];
    const actions = whole ?? actionParts(view, list, input.rules.itemWording) ?? [];
    // Two clauses after `要` are a condition and its consequence (`要构建和谐社会,就必须做好…`), no list.
    if (actions.length >= MIN_ACTIONS)
      for (const a of actions) {
        const evidence: RoleEvidence = { source: 'inferred', words: a.words, margin: a.margin };
        out.push(itemAt(a.span, 'countermeasure', holder, [ROLE_NAMES.abstract], evidence));
      }
    // The clauses of that list are read.
    CLAUSE.lastIndex = Math.max(CLAUSE.lastIndex, list.end);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The items of an article whose sections and points give none, from the
 * lists within its abstract's sentences (`abstractLists`). (Such lists in the
 * opening of a text with no item at all are a news item's or a report's as
 * often as the genre's: not read.)
 */
export function sentenceListsOnly(input: ItemsInput): Found[] {
  return input.abstract ? abstractLists(input.abstract, input) : [];
}

/**
 * The items a numbered section of `role` lists within a sentence, when its
 * own heading names the part rather than stating a point (`一、现状和问题` ⏎
 * `…主要表现是A、B、C等方面`): three or more; none else (the section is the item).
 */
export function listedIn(node: OutlineNode, role: ItemRole, path: string[], input: ItemsInput): Found[] | undefined {
  if (node.roleEvidence.source !== 'heading' || node.role !== role || wordingRole(node, input)?.role === role)
    return undefined;
  const listed = namedLists({ start: node.headingSpan.end, end: node.span.end }, input, new Set([role]));
  if (listed.length < MIN_LISTED) return undefined;
  return listed.map((l) => itemAt(l.span, l.role, node, path, l.evidence));
}

/**
 * `found` with the items sentences list where the sections and points give
 * none of a role: the examples a clause naming that role introduces in
 * sections that are no item (the opening: `…仍有一些亟待解决的问题,比如A、B…等等`),
 * then the actions listed in answer to the problems (`answeringLists`).
 */
export function withSentenceLists(found: Found[], nodes: readonly OutlineNode[], input: ItemsInput): Found[] {
  const missing = new Set([...ITEM_ROLES].filter((r) => !found.some((f) => f.role === r)));
  const added: Found[] = [];
  if (found.length > 0 && missing.size > 0)
    for (const { node, path } of leaves(nodes, []))
      if (
        !ITEM_ROLES.has(node.role) &&
        !found.some((f) => f.span.start < node.span.end && node.span.start < f.span.end)
      )
        for (const l of namedLists({ start: node.headingSpan.end, end: node.span.end }, input, missing, true))
          added.push(itemAt(l.span, l.role, node, path, l.evidence));
  const all = [...found, ...added];
  const answers = answeringLists(all, nodes, input);
  return added.length + answers.length === 0 ? found : [...all, ...answers].sort((a, b) => a.span.start - b.span.start);
}

function itemAt(span: Span, role: ItemRole, node: OutlineNode, path: string[], evidence: RoleEvidence): Found {
  return { role, node, marker: '', titleSpan: span, span, path, subpoints: [], evidence };
}

/** A part of a named list: its span, its role and the role word naming it. */
interface NamedPart {
  span: Span;
  role: ItemRole;
  evidence: RoleEvidence;
}

/**
 * The parts of lists in `span` that a role word names, of the `roles` asked
 * for, sentence by sentence: closed by `等` (or `则是`) and the word
 * (`…存在A、B、C等问题`, `A、B和C则是…的有效措施`), led by it
 * (`主要表现是A、B、C等方面`, `主要表现为A,B,C`), or opened by `比如` after a clause ending with it
 * (`…的问题,比如A、B、C等等`); two parts or more (three when led), most
 * reading as that role; the word is the evidence. `examplesOnly`: only the
 * last (a body's opening also previews its points as `…存在A、B等问题`). `summary`: `span` sums up the
 * article (an abstract), where what something gave rise to (`引发了A、B等问题`) is its problems, not a
 * point's consequences.
 */
export function namedLists(
  span: Span,
  input: ItemsInput,
  roles: ReadonlySet<string>,
  examplesOnly = false,
  summary = false,
): NamedPart[] {
  const { view } = input;
  const out: NamedPart[] = [];
  const sentence = /[^。；;！？!?\n]+/g;
  sentence.lastIndex = span.start;
  for (let m = sentence.exec(view); m !== null && m.index < span.end; m = sentence.exec(view)) {
    const text = m[0].slice(0, span.end - m.index);
    const examples = examplesList(text, input);
    const closed = examples || examplesOnly ? [] : closedLists(text, input, summary);
    const led = examples || examplesOnly || closed.length > 0 ? undefined : ledList(text, input);
    for (const list of [examples, ...closed, led]) {
      if (!list || !roles.has(list.role)) continue;
      const parts = partsOf(text, list.from, list.to, list.role, input, list.clauses);
      const reading = parts?.filter(
        (p) => inferRole(text.slice(p.start, p.end), input.rules.itemWording)?.role === list.role,
      );
      // A list the text says exists (`存在A、B、C等问题`) needs no part reading as its role.
      if (!parts || parts.length < list.min || (!list.stated && reading!.length * 2 <= parts.length)) continue;
      const evidence: RoleEvidence = { source: 'heading', cue: list.cue };
      for (const p of parts)
        out.push({ span: { start: m.index + p.start, end: m.index + p.end }, role: list.role, evidence });
    }
  }
  return out;
}

/** Where a list lies in a sentence, the role its word names, and how many parts it needs at least. */
interface ListAt {
  from: number;
  to: number;
  role: ItemRole;
  cue: string;
  min: number;
  /** Led lists only: with no `、` in them, their parts are clauses (`主要表现为A,B,C,D`). */
  clauses?: boolean;
  /** Closed lists only: opened by a verb stating they exist (`存在`, `面临`). */
  stated?: boolean;
}

/** The role an item-role word names, when `words` end with it (`…等几方面问题`). */
function endingRole(words: string, input: ItemsInput): { role: ItemRole; cue: string } | undefined {
  const named = headingRole(words, input.rules.roleCues);
  if (!named.cue || !ITEM_ROLES.has(named.role ?? '') || !words.endsWith(named.cue)) return undefined;
  return { role: named.role as ItemRole, cue: named.cue };
}

/** `…的问题,比如A、B、C等等`: the examples after a clause ending with a role word. */
function examplesList(text: string, input: ItemsInput): ListAt | undefined {
  const m = /[，,](比如|例如|诸如)/.exec(text);
  if (!m) return undefined;
  const prior = text.slice(
    Math.max(text.lastIndexOf(',', m.index - 1), text.lastIndexOf('，', m.index - 1)) + 1,
    m.index,
  );
  const named = endingRole(prior, input);
  return named && { from: m.index + m[0].length, to: text.length, ...named, min: 2 };
}

/** `…存在A、B、C等问题`, `A、B和C则是…的有效措施`: lists closed by `等` or `则是` and words ending with a role word. */
function closedLists(text: string, input: ItemsInput, summary: boolean): ListAt[] {
  const out: ListAt[] = [];
  let after = 0; // where the clause after the last list starts
  for (const m of text.matchAll(CLOSER)) {
    const named = endingRole(m[2], input);
    if (!named) continue;
    let from = Math.max(after, text.lastIndexOf(',', m.index) + 1, text.lastIndexOf('，', m.index) + 1);
    // `A、B等是造成…的主要原因`, `A和B则是…的措施`: the text says what the list is.
    let stated = m[1] === '则是' || m[2].startsWith('是');
    const before = text.slice(after, m.index);
    for (const v of before.matchAll(summary ? SUMMARY_VERBS : LIST_VERBS)) {
      // A verb a few characters after a part's `、` is in that part (`A、工作贯彻面临阻碍、B等问题`).
      const mark = before.lastIndexOf('、', v.index);
      if (mark !== -1 && v.index - mark <= PART_SUBJECT && !/[，,等]/.test(before.slice(mark, v.index))) continue;
      from = after + v.index + v[0].length;
      stated ||=
        /存在|面临|面对|出现/.test(v[0]) ||
        (/引发|导致|造成/.test(v[0]) && named.role === 'problem') ||
        (v[0] === '提出' && named.role === 'countermeasure');
    }
    out.push({ from, to: m.index, ...named, min: 2, stated });
    after = m.index + m[0].length;
  }
  return out;
}

/**
 * `主要表现是A、B、C等方面`: a list led by a role word and `是`, `为` or `有`; or the clauses after one
 * stating that such things exist (`仍然存在一些问题,A,B,C`).
 */
function ledList(text: string, input: ItemsInput): ListAt | undefined {
  for (const m of text.matchAll(/(?:是|为|有)[:：]?/g)) {
    // `…心态逐渐显现,表现为A、B、C`: how something shows, where most parts read as deficiencies.
    const shows = m[0].startsWith('为') && SHOWS.test(text.slice(0, m.index));
    const named = shows ? SHOWN : endingRole(text.slice(Math.max(0, m.index - 8), m.index), input);
    if (!named) continue;
    const from = m.index + m[0].length;
    const close = text.indexOf('等', from);
    return { from, to: close === -1 ? listEnd(text, from) : close, ...named, min: 3, clauses: true };
  }
  // `仍然存在一些问题,A,B,C`: a clause stating that such things exist, then the clauses naming them.
  const stated = STATED_LEAD.exec(text);
  const named = stated && endingRole(stated[1], input);
  if (!stated || !named) return undefined;
  return { from: stated.index + stated[0].length, to: text.length, ...named, min: 3, clauses: true };
}

/** A clause opening `表现为` after a comma, and the role its list is read for. */
const SHOWS = /[，,]\s*表现$/;
const SHOWN = { role: 'problem', cue: '表现' } as const;

/** Where a list from `from` with no closing `等` ends: at the comma after its last `、` (`A、B、C,对…产生不利影响`), else the text's end. */
function listEnd(text: string, from: number): number {
  const last = text.lastIndexOf('、');
  if (last < from) return text.length;
  const comma = text.slice(last).search(/[，,]/);
  return comma === -1 ? text.length : last + comma;
}

/** A clause stating that things of a role exist (`存在一些问题`, `面临不少困难`), closed by a comma or colon. */
const STATED_LEAD = /(?:存在|面临|出现)(?:着|了)?((?:一些|以下|不少|诸多|许多|很多|若干)?[^，,：:。]{0,6})[，,：:]/;

/**
 * The parts of `text[from, to)`, split at `、` (and, for actions, at `和` before one), a closing `等` left out,
 * or at commas where `clauses` and no `、` is there; none if one is too short or long.
 */
function partsOf(
  text: string,
  from: number,
  to: number,
  role: ItemRole,
  input: ItemsInput,
  clauses = false,
): Span[] | undefined {
  const andAction = (i: number) =>
    role === 'countermeasure' &&
    /[和及]/.test(text[i]) &&
    opensWithAction(text.slice(i + 1, to), input.rules.itemWording);
  const marks = clauses && !text.slice(from, to).includes('、') ? '，,' : '、';
  const parts = splitList(text, { start: from, end: to }, (i) => marks.includes(text[i]) || andAction(i));
  // `面临的老旧社区…较差、…`: a verb taken for the list's opening begins a phrase, not a list.
  if (parts.some((p) => p.end - p.start < 2 || p.end - p.start > MAX_PART) || text[parts[0]?.start] === '的')
    return undefined;
  return parts;
}
