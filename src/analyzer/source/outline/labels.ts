import { bulletMarkers } from './bullets.ts';
import { BULLET_CLASS } from '../../text/chars.ts';
import { headingEnd } from './heading.ts';
import { findInlineMarkers } from './markers.ts';
import { headingRole, ITEM_ROLES } from './roles.ts';
import { splitRuns } from './runs.ts';
import type { Found, ItemsInput } from './items.ts';
import { trimEnd } from '../../text/spans.ts';
import type { Item, ItemRole, Marker, OutlineNode } from '../../types.ts';

/**
 * A role label (`存在问题:`, `整改措施:`, `- 应对措施:`, `问题2:`): up to 16
 * characters of words (and a number) and a colon, opening a line (after a bullet, if any) or following a
 * sentence's end, with the point's words after it on the same line; or alone on its line, the colon
 * then optional (`原因分析` ⏎ `- …`).
 */
const LABEL = new RegExp(
  String.raw`(?<=^|\n|[。！？!?；;])[ \t\u3000]*(?:${BULLET_CLASS}[ \t\u3000]*)?(\p{Script=Han}{2,16}(?:\d{1,2})?)(?:[:：](?=[ \t\u3000]*(\S|\n))|[ \t\u3000]*(?=\n))`,
  'gu',
);
/** A point that opens by stating a cause (`深层次原因是…`), after a label of its aspect, if any; `words`: the cause cues. */
const statedCause = (words: readonly string[]) =>
  new RegExp(
    String.raw`^(?:${BULLET_CLASS}|\s)*(?:\p{Script=Han}{1,12}[:：])?\s*\p{Script=Han}{0,5}(?:${words.join('|')})(?:是|在于)`,
    'u',
  );

interface Label {
  start: number;
  body: number;
  end: number;
  role: ItemRole;
  cue: string;
  /** A label alone on its line (`破解策略:` ⏎ `- …`): its points are the lines after it. */
  alone: boolean;
}

/**
 * Items that role labels open, added to `found` in text order, with the
 * pairs the text states: a label of another role inside an item (`- 应对措施:`
 * under a problem) answers it, and so does one after another's label on the
 * same line (`存在问题:…。整改措施:一是…`). A label of the item's own role
 * (`- 挑战描述:` in a problem) only describes it. Also, a problem point that
 * opens by stating a cause (`深层次原因是…`) is a cause.
 */
export function labelledItems(
  nodes: readonly OutlineNode[],
  found: Found[],
  input: ItemsInput,
): { found: Found[]; pairs: [Found, Found][] } {
  const cause = statedCause(input.rules.roleCues.cause);
  for (const f of found)
    if (f.role === 'problem' && f.marker && cause.test(input.view.slice(f.span.start, f.span.end))) f.role = 'cause';
  if (nodes.length === 0) return { found, pairs: [] };
  const labels = findLabels(input, nodes[0].span.start, nodes.at(-1)!.span.end);
  const spans = new Map(found.map((f) => [f, { ...f.span }]));
  const added: Found[] = [];
  const pairs: [Found, Found][] = [];
  let last: { found: Found; line: number } | undefined;
  for (const label of labels) {
    const line = input.view.lastIndexOf('\n', label.start - 1);
    const holder = found.find((f) => spans.get(f)!.start <= label.start && label.start < spans.get(f)!.end);
    if (holder && holder.role === label.role) continue;
    // A label alone on its line labels the rest of an item of another role, or nothing.
    if (label.alone) {
      if (!holder) continue;
      label.end = Math.min(label.end, spans.get(holder)!.end);
    }
    if (holder && label.start <= holder.span.start) {
      holder.role = label.role;
      holder.evidence = { source: 'heading', cue: label.cue };
      continue;
    }
    // Points already found in the label's text (`整改措施:一是…` read as an announced list) are its items.
    const within = found.filter((f) => label.start <= f.span.start && f.span.start < label.end);
    // A new span: a whole-section item shares its section's, which stays whole.
    if (holder && within.length === 0) {
      holder.span = {
        start: holder.span.start,
        end: Math.min(holder.span.end, trimEnd(input.text, holder.span.start, label.start)),
      };
      holder.subpoints = holder.subpoints.filter((p) => p.span.start < label.start);
    }
    const made = within.length > 0 ? within : labelItems(label, nodeAt(nodes, label.start), input);
    const answered = holder ?? (last && last.line === line && last.found.role !== label.role ? last.found : undefined);
    if (answered) for (const f of made) pairs.push([answered, f]);
    if (made.length > 0) last = { found: made[0], line };
    if (within.length === 0) added.push(...made);
  }
  if (added.length === 0) return { found, pairs };
  return { found: [...found, ...added].sort((a, b) => a.span.start - b.span.start), pairs };
}

/**
 * Whether a section's points all follow a label of another role alone on its
 * line (`1. 难题一:…` ⏎ `破解方法:` ⏎ `- …`): they answer the heading, which is the item.
 */
export function answeredUnderLabel(
  node: OutlineNode,
  role: ItemRole,
  found: readonly Found[],
  input: ItemsInput,
): boolean {
  const first = Math.min(...found.map((f) => f.span.start));
  return findLabels(input, node.headingSpan.end, first).some((l) => l.alone && l.role !== role);
}

/**
 * The countermeasure label that opens the line of a section's first numbered section, before its number
 * (`一、党员素质不高的难题…` ⏎ `应对策略:1. 加强…` ⏎ `2. 打造…`): the numbered sections answer the
 * heading's problem. Its cue and where its line starts, or undefined.
 */
export function answeringLabel(node: OutlineNode, input: ItemsInput): { cue: string; start: number } | undefined {
  const first = node.children[0]?.marker;
  if (!first) return undefined;
  const start = input.view.lastIndexOf('\n', first.start - 1) + 1;
  const label = /^\s*(\p{Script=Han}{2,16})[:：]\s*$/u.exec(input.view.slice(start, first.start));
  const read = label && headingRole(label[1], input.rules.roleCues);
  return read?.role === 'countermeasure' ? { cue: read.cue!, start } : undefined;
}

/** The role labels in `[start, end)`; one that announces a list (`存在以下问题:`) is a lead-in, not a label. */
function findLabels(input: ItemsInput, start: number, end: number): Label[] {
  const { view, rules } = input;
  const raw: Omit<Label, 'end'>[] = [];
  LABEL.lastIndex = start;
  for (let m = LABEL.exec(view); m !== null && m.index < end; m = LABEL.exec(view)) {
    const read = headingRole(m[1], rules.roleCues);
    if (!read.role || !ITEM_ROLES.has(read.role) || announcing(m[1], rules.leadIns)) continue;
    // `激励不足:` states a deficiency, the point's own title; `不足:` alone names the role.
    if (m[1] !== read.cue && rules.itemWording.problem.anywhere.includes(read.cue!)) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const body = m.index + m[0].length;
    const alone = m[2] === '\n' || /^[ \t\u3000]*(\n|$)/.test(view.slice(body, body + 8));
    raw.push({ start: m.index + lead, body, role: read.role as ItemRole, cue: read.cue!, alone });
  }
  return raw.map((l, i) => {
    const newline = view.indexOf('\n', l.body);
    const lineEnd = l.alone ? end : Math.min(newline === -1 ? view.length : newline, end);
    return { ...l, end: Math.min(lineEnd, raw[i + 1]?.start ?? lineEnd) };
  });
}

/** Whether a label's words announce a list (`存在以下问题:`, `存在的问题有:`) rather than name one point. */
function announcing(label: string, leadIns: readonly string[]): boolean {
  return /[有是为]$/.test(label) || leadIns.some((w) => label.includes(w));
}

/** A label's items: the points of a list right after it (`整改措施:一是…二是…`), else the labelled text itself. */
function labelItems(label: Label, node: OutlineNode, input: ItemsInput): Found[] {
  const { view, text } = input;
  const markers = findInlineMarkers(view.slice(label.body, label.end)).map((m) => ({
    ...m,
    start: m.start + label.body,
    end: m.end + label.body,
  }));
  // Under a label alone on its line, one bullet is a list too, and so are numbered sections (`整改方向` ⏎ `1.…` ⏎ `2.…`).
  const bullets = label.alone ? firstList(bulletMarkers(view, label.body, label.end)) : [];
  const sections = label.alone && bullets.length === 0 ? sectionsUnder(label, node) : [];
  const run = bullets.length > 0 ? bullets : sections.length > 0 ? sections : splitRuns(markers)[0];
  const points =
    run && view.slice(label.body, run[0].start).trim() === ''
      ? run.map((m, i) => ({ start: m.start, from: m.end, end: run[i + 1]?.start ?? label.end }))
      : [{ start: label.start, from: label.body, end: label.end }];
  return points.map((p) => {
    const end = trimEnd(text, p.start, p.end);
    let from = p.from;
    while (from < end && '，,、：: \u3000\n\t'.includes(view[from])) from++;
    const title = headingEnd(view, from, end, input.rules);
    return {
      role: label.role,
      node,
      marker: text.slice(p.start, p.from).trim(),
      titleSpan: { start: from, end: title.end },
      span: { start: p.start, end },
      path: [text.slice(p.start, title.end)],
      subpoints: [],
      evidence: { source: 'heading', cue: label.cue },
    };
  });
}

/** The markers of the numbered sections of `node` that start in a label's text, numbered on from 1. */
function sectionsUnder(label: Label, node: OutlineNode): Marker[] {
  const under = node.children.filter((c) => c.marker && label.body <= c.span.start && c.span.start < label.end);
  const markers = under.map((c) => c.marker!);
  return markers.every((m, i) => m.ordinal === i + 1 && m.family === markers[0].family) ? firstList(markers) : [];
}

/** The markers of the first list: from the first up to the next that starts a list anew. */
function firstList(markers: readonly Marker[]): Marker[] {
  const next = markers.findIndex((m, i) => i > 0 && m.ordinal === 1);
  return markers.slice(0, next === -1 ? markers.length : next);
}

/** The deepest section holding `at`. */
function nodeAt(nodes: readonly OutlineNode[], at: number): OutlineNode {
  const node = nodes.find((n) => n.span.start <= at && at < n.span.end) ?? nodes.at(-1)!;
  return node.children.length > 0 && node.children.some((c) => c.span.start <= at && at < c.span.end)
    ? nodeAt(node.children, at)
    : node;
}

/** `整改措施:` answers the `问题N:` it follows: an explicit pairing the text states. */
export function pairLabelled(found: readonly Found[], items: Item[]): void {
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1].node.marker;
    const cur = found[i].node.marker;
    if (cur?.family !== 'labelled' || prev?.family !== 'labelled') continue;
    if (cur.ordinal !== 0 || prev.ordinal === 0) continue;
    if (items[i - 1].role === items[i].role) continue;
    items[i - 1].pairedWith.push(items[i].id);
    items[i].pairedWith.push(items[i - 1].id);
  }
}
