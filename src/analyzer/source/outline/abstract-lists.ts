import { actionParts } from './answering.ts';
import { inferRole } from './infer.ts';
import { headingRole, ITEM_ROLES } from './roles.ts';
import { ROLE_NAMES } from '../../names.ts';
import type { Found, ItemsInput } from './items.ts';
import type { ItemRole, OutlineNode, RoleEvidence, Span } from '../../types.ts';

/** The node id of items an abstract lists (no section of the outline holds them). */
export const ABSTRACT_NODE = 'abstract';
/** Words a list opens after (`存在A、B…`, `面临…`, `提出…`), not its first part's. */
const LIST_VERBS = /存在|面临|出现|提出|包括/g;
/** Words an abstract's list of actions follows at a clause's start (`…,要优化…、建立…`, `如打造…`). */
const ACTION_LEAD = /^(?:要|应当|应|需要|必须|如)/;
/** Actions an abstract lists after `要`, `应` or `如`: at least this many. */
const MIN_ACTIONS = 3;
/** Longest part of a list: a longer one is a sentence of its own. */
const MAX_PART = 40;
/** Longest stretch between a list's closing `等` and the role word ending it (`等能够推动…的具体路径`). */
const MAX_TAIL = 24;

/**
 * Items an abstract lists inline, for an article whose body gives none (an
 * abstract-only record, a page cut before its lists): the parts of a list
 * closed by `等` and a role word (`…存在A、B、C等问题`, `提出A、B等…具体路径`),
 * most of them reading as that role, with the role word as evidence; and
 * three or more actions listed at a clause's start after `要`, `应` or `如`
 * (`要优化…、建立…,推动…`), every one reading as an action (inferred).
 */
export function abstractLists(abstract: Span, input: ItemsInput): Found[] {
  const { view } = input;
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
  const found = (span: Span, role: ItemRole, evidence: RoleEvidence): Found => ({
    role,
    node: holder,
    marker: '',
    titleSpan: span,
    span,
    path: [ROLE_NAMES.abstract],
    subpoints: [],
    evidence,
  });
  const out: Found[] = [];
  const clause = /[^，,。；;！？!?：:\n]+/g;
  clause.lastIndex = abstract.start;
  for (let m = clause.exec(view); m !== null && m.index < abstract.end; m = clause.exec(view)) {
    const at = { start: m.index, end: Math.min(abstract.end, m.index + m[0].length) };
    const named = namedList(view, at, input);
    if (named) {
      for (const part of named.parts) out.push(found(part, named.role, { source: 'heading', cue: named.cue }));
      continue;
    }
    const lead = ACTION_LEAD.exec(view.slice(at.start, at.end));
    if (!lead) continue;
    const sentenceEnd = view.slice(at.start, abstract.end).search(/[。；;！？!?\n]/);
    const list = { start: at.start + lead[0].length, end: sentenceEnd === -1 ? abstract.end : at.start + sentenceEnd };
    const actions = actionParts(view, list, input.rules.itemWording) ?? [];
    // Two clauses after `要` are a condition and its consequence (`要构建和谐社会,就必须做好…`), no list.
    if (actions.length >= MIN_ACTIONS)
      for (const a of actions)
        out.push(found(a.span, 'countermeasure', { source: 'inferred', words: a.words, margin: a.margin }));
    // The clauses of that list are read.
    clause.lastIndex = Math.max(clause.lastIndex, list.end);
  }
  return out;
}

/** A list closed by `等` and a role word in the clause at `at`: its parts (after a verb opening it) and role. */
function namedList(
  view: string,
  at: Span,
  input: ItemsInput,
): { parts: Span[]; role: ItemRole; cue: string } | undefined {
  const text = view.slice(at.start, at.end);
  const close = text.lastIndexOf('等');
  if (close === -1 || text.length - close - 1 > MAX_TAIL) return undefined;
  const tail = text.slice(close + 1);
  const named = headingRole(tail, input.rules.roleCues);
  if (!named.role || !ITEM_ROLES.has(named.role) || !tail.endsWith(named.cue!)) return undefined;
  const role = named.role as ItemRole;
  let from = 0;
  for (const v of text.slice(0, close).matchAll(LIST_VERBS)) from = v.index + v[0].length;
  const parts: Span[] = [];
  for (let i = from, start = from; i <= close; i++) {
    if (i < close && text[i] !== '、') continue;
    if (i - start < 2 || i - start > MAX_PART) return undefined;
    parts.push({ start: at.start + start, end: at.start + i });
    start = i + 1;
  }
  const reading = parts.filter((p) => inferRole(view.slice(p.start, p.end), input.rules.itemWording)?.role === role);
  return parts.length >= 2 && reading.length * 2 > parts.length ? { parts, role, cue: named.cue! } : undefined;
}
