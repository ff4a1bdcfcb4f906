/**
 * Items a sentence lists inline, where no section or point gives them: in an
 * abstract (`abstractLists`), in the opening or another section that is no
 * item (`withSentenceLists`), and actions listed in answer (`answering.ts`).
 */
import { actionParts, answeringLists } from './answering.ts';
import { inferRole } from './infer.ts';
import { headingRole, ITEM_ROLES } from './roles.ts';
import { leaves } from './sections.ts';
import { ROLE_NAMES } from '../../names.ts';
import type { Found, ItemsInput } from './items.ts';
import type { ItemRole, OutlineNode, RoleEvidence, Span } from '../../types.ts';

/** The node id of items an abstract lists (no section of the outline holds them). */
export const ABSTRACT_NODE = 'abstract';
/** Words a list opens after (`存在A、B…`, `面临…`, `提出…`), not its first part's. */
const LIST_VERBS = /存在|面临|出现|提出|包括/g;
/** Words a list opens with after a clause naming its role (`…亟待解决的问题,比如A、B…等等`). */
const EXAMPLES = /^(?:比如|例如|诸如)/;
/** Words an abstract's list of actions follows at a clause's start (`…,要优化…、建立…`, `如打造…`). */
const ACTION_LEAD = /^(?:要|应当|应|需要|必须|如)/;
/** Actions an abstract lists after `要`, `应` or `如`: at least this many. */
const MIN_ACTIONS = 3;
/** Longest part of a list: a longer one is a sentence of its own. */
const MAX_PART = 40;
/** Longest stretch between a list's closing `等` and the role word ending it (`等能够推动…的具体路径`). */
const MAX_TAIL = 24;
/** A clause: text between commas, stops, colons or line breaks. */
const CLAUSE = /[^，,。；;！？!?：:\n]+/g;

/**
 * Items an abstract lists inline, for an article whose body gives none (an
 * abstract-only record, a page cut before its lists): the named lists
 * (`namedLists`), and three or more actions listed at a clause's start after
 * `要`, `应` or `如` (`要优化…、建立…,推动…`), every one reading as an action (inferred).
 */
export function abstractLists(abstract: Span, input: ItemsInput): Found[] {
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
  const out = namedLists(abstract, input, ITEM_ROLES).map((l) =>
    itemAt(l.span, l.role, holder, [ROLE_NAMES.abstract], l.evidence),
  );
  const { view } = input;
  CLAUSE.lastIndex = abstract.start;
  for (let m = CLAUSE.exec(view); m !== null && m.index < abstract.end; m = CLAUSE.exec(view)) {
    const lead = ACTION_LEAD.exec(m[0]);
    if (!lead) continue;
    const sentenceEnd = view.slice(m.index, abstract.end).search(/[。；;！？!?\n]/);
    const list = { start: m.index + lead[0].length, end: sentenceEnd === -1 ? abstract.end : m.index + sentenceEnd };
    const actions = actionParts(view, list, input.rules.itemWording) ?? [];
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
 * for: closed by `等` and the word (`…存在A、B、C等问题`, `提出A、B等…具体路径`),
 * or opened by `比如` after a clause ending with it (`…的问题,比如A、B、C等等`);
 * two parts or more, most reading as that role; the word is the evidence.
 * `examplesOnly`: only the latter (a body's opening also previews its points as `…存在A、B等问题`).
 */
export function namedLists(
  span: Span,
  input: ItemsInput,
  roles: ReadonlySet<string>,
  examplesOnly = false,
): NamedPart[] {
  const { view } = input;
  const out: NamedPart[] = [];
  let before: Span | undefined;
  CLAUSE.lastIndex = span.start;
  for (let m = CLAUSE.exec(view); m !== null && m.index < span.end; m = CLAUSE.exec(view)) {
    const at = { start: m.index, end: Math.min(span.end, m.index + m[0].length) };
    const list = namedList(view, at, before, input, examplesOnly);
    before = at;
    if (!list || !roles.has(list.role)) continue;
    const evidence: RoleEvidence = { source: 'heading', cue: list.cue };
    for (const part of list.parts) out.push({ span: part, role: list.role, evidence });
  }
  return out;
}

/** A list a role word names in the clause at `at` (`namedLists`), `before` the clause before it. */
function namedList(
  view: string,
  at: Span,
  before: Span | undefined,
  input: ItemsInput,
  examplesOnly: boolean,
): { parts: Span[]; role: ItemRole; cue: string } | undefined {
  const text = view.slice(at.start, at.end);
  const close = text.lastIndexOf('等');
  const examples = EXAMPLES.exec(text);
  let named: { role?: string; cue?: string };
  let from = 0;
  if (examples && before && /[，,]/.test(view[before.end] ?? '')) {
    const prior = view.slice(before.start, before.end);
    named = headingRole(prior, input.rules.roleCues);
    if (!named.cue || !prior.endsWith(named.cue)) return undefined;
    from = examples[0].length;
  } else {
    if (examplesOnly || close === -1 || text.length - close - 1 > MAX_TAIL) return undefined;
    const tail = text.slice(close + 1);
    named = headingRole(tail, input.rules.roleCues);
    if (!named.cue || !tail.endsWith(named.cue)) return undefined;
    for (const v of text.slice(0, close).matchAll(LIST_VERBS)) from = v.index + v[0].length;
  }
  if (!named.role || !ITEM_ROLES.has(named.role)) return undefined;
  const role = named.role as ItemRole;
  let end = close === -1 ? text.length : close;
  while (end > from && text[end - 1] === '等') end--; // `…不够完善等等`
  const parts: Span[] = [];
  for (let i = from, start = from; i <= end; i++) {
    if (i < end && text[i] !== '、') continue;
    if (i - start < 2 || i - start > MAX_PART) return undefined;
    parts.push({ start: at.start + start, end: at.start + i });
    start = i + 1;
  }
  const reading = parts.filter((p) => inferRole(view.slice(p.start, p.end), input.rules.itemWording)?.role === role);
  return parts.length >= 2 && reading.length * 2 > parts.length ? { parts, role, cue: named.cue! } : undefined;
}
