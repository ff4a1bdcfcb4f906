import { BULLET_CLASS } from '../../text/chars.ts';
import { findInlineMarkers } from './markers.ts';
import { headingRole, ITEM_ROLES, namesPair } from './roles.ts';
import type { Rules } from '../../config/rules.ts';
import { lineAt, trimEnd, trimSpan } from '../../text/spans.ts';
import type { OutlineNode, Role, Span } from '../../types.ts';

/** Longest line that can be an unnumbered heading (`当前党员教育工作中存在的问题`). */
const MAX_LINE_HEADING = 32;
/** A bullet opening a line. */
const BULLET = new RegExp(`^${BULLET_CLASS}`);
/** Pinyin a converter put after a character (`对(duì)策`), not read as the heading's words. */
const PINYIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g;

export interface RoleLinesInput {
  text: string;
  view: string;
  body: Span;
  /** The article's title (simplified view), which may name the role of a body with no role heading. */
  title?: string;
  cues: Rules['roleCues'];
  /** Deficiency words: a cue they follow names no role (`工作方法不适应`). */
  deficiency?: readonly string[];
}

/** An unnumbered heading line and the role its words give. */
interface RoleLine {
  span: Span;
  role: Role;
  /** Absent for a line naming a pair of roles: it ends the section before, and gives none. */
  cue?: string;
}

/**
 * The role a heading's words give; `other` when they name two item roles
 * joined as a pair (`存在的问题及对策`), or one and a role of `partners`: such
 * a heading announces the whole genre, not one part.
 */
export function singleRole(
  heading: string,
  cues: Rules['roleCues'],
  deficiency: readonly string[] = [],
  partners = ITEM_ROLES,
): { role: Role; cue?: string } | undefined {
  const found = headingRole(heading, cues, deficiency);
  if (!found.role) return undefined;
  if (namesPair(heading, found.role, found.cue!, cues, partners)) return { role: 'other' };
  return { role: found.role, cue: found.cue! };
}

/** Short lines of their own, with no sentence in them and no number, whose words name a role. */
function roleLines(input: RoleLinesInput): RoleLine[] {
  const out: RoleLine[] = [];
  for (let at = input.body.start; at !== -1 && at < input.body.end; ) {
    const line = lineAt(input.view, at);
    at = line.next;
    const words = input.view.slice(line.start, Math.min(line.end, input.body.end));
    // The title repeated (a page's running header) heads nothing.
    if (input.title !== undefined && words.replace(PINYIN, '') === input.title.replace(PINYIN, '')) continue;
    const named = lineRole(words, input.cues, input.deficiency);
    if (named) out.push({ span: { start: line.start, end: line.end }, ...named });
  }
  return out;
}

/**
 * The role a line of its own names as an unnumbered heading (`存在的问题`,
 * `对策建议：`): short, no sentence or clause mark, no number; see `singleRole`.
 */
export function lineRole(
  line: string,
  cues: Rules['roleCues'],
  deficiency: readonly string[] = [],
): { role: Role; cue?: string } | undefined {
  const words = line.replace(PINYIN, '').replace(/[:：]$/, '');
  if (words.length < 2 || words.length > MAX_LINE_HEADING) return undefined;
  // A numbered line (`1.1问题`, `一、…`) is a numbered heading or none, a bulleted one (`• 存在…问题苗头`) a
  // list's point: not an unnumbered heading.
  if (/^[\d（(〔一二三四五六七八九十①-⑳]/.test(words) || findInlineMarkers(words)[0]?.start === 0 || BULLET.test(words))
    return undefined;
  if (!/[。！？!?；;，,：:]/.test(words)) return singleRole(words, cues, deficiency);
  // One short whole sentence that ends naming an item role (`对此,我们要提出解决的对策和建议。`) announces
  // that part; a line cut short by a hard wrap (`…主要是多方面的原因` ⏎ `影响所致`) does not.
  if (!/[。:：]\s*$/.test(line)) return undefined;
  const sentence = words.replace(/。\s*$/, '');
  if (/[。！？!?；;：:]/.test(sentence) || (sentence.match(/[，,]/g)?.length ?? 0) > 1) return undefined;
  const found = singleRole(sentence, cues, deficiency);
  if (!found?.cue || !ITEM_ROLES.has(found.role)) return undefined;
  // `…可以采取以下措施改善…的互动:` announces its list as `…提出以下措施:` does.
  if (!sentence.endsWith(found.cue) && !(/[:：]\s*$/.test(line) && announcesBefore(sentence, found.cue)))
    return undefined;
  // `…认识不足，是制约党建推进的重要原因。` states a cause: an item, not a line naming a part; a sentence
  // telling what someone did (`江松说出了自己最担忧的问题。`, a story's) announces nothing.
  return /是/.test(sentence.split(/[，,]/).at(-1)!) || (/。\s*$/.test(line) && DONE_LE.test(sentence))
    ? undefined
    : found;
}

/** Longest purpose after an announced list's role word (`以下措施改善与社区居民的互动:`). */
const MAX_PURPOSE = 16;

/** Whether `sentence` closes with `以下` and `cue`, then a purpose (not `的`: `存在以下问题的村庄` names a thing). */
function announcesBefore(sentence: string, cue: string): boolean {
  const at = sentence.lastIndexOf(cue);
  const purpose = sentence.slice(at + cue.length);
  return (
    /(?:以下|如下|下列)(?:几点|几个方面的?|几方面的?|一些)?$/.test(sentence.slice(0, at)) &&
    purpose.length <= MAX_PURPOSE &&
    !/^的|[，,]/.test(purpose)
  );
}

/** `了` after a verb (a deed told), not in `为了`, `除了`, `了解`. */
const DONE_LE = /(?<![为除])了(?![解结])/;

/** The roles a title may name beside an item role as the parts of its body. */
const TITLE_PAIRS: ReadonlySet<string> = new Set([...ITEM_ROLES, 'context']);

/**
 * Sections opened by unnumbered heading lines (`存在的问题`, `对策建议`): each
 * takes the top-level sections after it as its children, until the next such
 * line or a section whose own heading gives another role. With no role
 * heading at all, a title naming one role (`社区党建问题`) heads the body.
 */
export function groupUnderRoleLines(nodes: OutlineNode[], input: RoleLinesInput): OutlineNode[] {
  let lines = roleLines(input);
  const named = (n: OutlineNode) => n.roleEvidence.source === 'heading' && ITEM_ROLES.has(n.role);
  if (lines.length === 0 && input.title && !nodes.some(named)) {
    // A title naming the situation with the remedies (`现状分析及对策探讨`) heads a body holding both.
    const fromTitle = singleRole(input.title, input.cues, input.deficiency, TITLE_PAIRS);
    if (fromTitle?.cue && ITEM_ROLES.has(fromTitle.role))
      lines = [{ span: { start: input.body.start, end: input.body.start }, ...fromTitle }];
  }
  lines = lines.filter((l) => !insideNested(nodes, l.span.start) && !insideItem(nodes, l.span, input.view));
  if (lines.length === 0) return nodes;
  for (const l of lines) cutAt(nodes, l.span.start, input.text);
  const out: OutlineNode[] = [];
  let open: OutlineNode | undefined;
  let k = 0;
  const lineNode = (l: RoleLine): OutlineNode => ({
    id: '',
    marker: null,
    level: 1,
    heading: input.text.slice(l.span.start, l.span.end),
    headingSpan: { ...l.span },
    span: { start: l.span.start, end: l.span.end },
    role: l.role,
    roleEvidence: l.cue ? { source: 'heading', cue: l.cue } : { source: 'default' },
    children: [],
  });
  const sorted = nodes.filter((n) => n.span.end > n.span.start || n.marker);
  for (const node of sorted) {
    while (k < lines.length && lines[k].span.start <= node.span.start) {
      open = lineNode(lines[k++]);
      out.push(open);
    }
    const ownRole =
      node.roleEvidence.source === 'heading' &&
      node.role !== open?.role &&
      !statesCause(node, open) &&
      !numberedOn(open, node);
    if (open && (node.role === 'conclusion' || ownRole)) open = undefined;
    if (open && node.marker) open.children.push(node);
    else out.push(node);
  }
  while (k < lines.length) out.push(lineNode(lines[k++]));
  // A line section runs to the next top-level section (or the body's end).
  out.forEach((n, i) => {
    if (n.marker || n.role === 'conclusion' || (n.role === 'context' && n.roleEvidence.source === 'position')) return;
    const next = out[i + 1]?.span.start ?? input.body.end;
    n.span.end = trimEnd(input.text, n.span.start, Math.max(n.span.end, next));
  });
  return out;
}

/**
 * Whether `node` is a cause stated as a deficiency under an open cause line:
 * a run-in heading (`思想认识不到位,…认识不足`) whose problem cue is its body's word, not a new part's name.
 */
function statesCause(node: OutlineNode, open: OutlineNode | undefined): boolean {
  return open?.role === 'cause' && node.role === 'problem' && /[，,]/.test(node.heading);
}

/**
 * Whether `node` numbers the line section's items (`（一）…` just after the line, `（三）转变观念,提高认识`
 * after `（二）`) and its heading names no item role: an item, whatever its words name, not a new part
 * (`3.对策建议` after `2.` names a new part).
 */
function numberedOn(open: OutlineNode | undefined, node: OutlineNode): boolean {
  if (!open || !node.marker || ITEM_ROLES.has(node.role)) return false;
  const last = open.children.at(-1)?.marker;
  if (!last) return node.marker.ordinal === 1;
  return node.marker.family === last.family && node.marker.ordinal === last.ordinal + 1;
}

/** Whether `at` falls inside a section before one of its subsections starts (a heading line of a lower level). */
function insideNested(nodes: readonly OutlineNode[], at: number): boolean {
  for (const n of nodes) {
    if (at < n.span.start || at >= n.span.end) continue;
    if (n.children.some((c) => c.span.start >= at)) return true;
    return insideNested(n.children, at);
  }
  return false;
}

/**
 * Whether the line `span` falls inside a numbered subsection whose list goes on after
 * it (`1.…` ⏎ `破解策略:` ⏎ `- …` ⏎ `2.…`): the line labels part of that item
 * (`labelledItems`), it heads no section. A list restarting after it
 * (`对策建议` ⏎ `1.…`) leaves it a heading. In the list's last item, the line
 * labels it when an item before holds the same line (`破解方法:` under each `难题`).
 */
function insideItem(nodes: readonly OutlineNode[], span: Span, view: string): boolean {
  const at = span.start;
  const holder = nodes.find((n) => n.span.start <= at && at < n.span.end);
  const child = holder?.children.find((c) => c.span.start <= at && at < c.span.end);
  if (!holder || !child) return false;
  const next = firstMarkedAfter(nodes, at);
  if (next !== undefined) return (next.marker?.ordinal ?? 0) > 1;
  const words = view.slice(span.start, span.end);
  return holder.children.some(
    (c) =>
      c.span.end <= at &&
      view
        .slice(c.headingSpan.end, c.span.end)
        .split('\n')
        .some((l) => l.trim() === words),
  );
}

/** The first numbered section, at any depth, that starts after `at`. */
function firstMarkedAfter(nodes: readonly OutlineNode[], at: number): OutlineNode | undefined {
  let best: OutlineNode | undefined;
  const visit = (list: readonly OutlineNode[]) => {
    for (const n of list) {
      if (n.marker && n.span.start > at && (!best || n.span.start < best.span.start)) best = n;
      visit(n.children);
    }
  };
  visit(nodes);
  return best;
}

/**
 * Ends every section that holds `at` before it; a plain intro whose text all
 * follows `at` is emptied; a numbered section starting at `at` (after a title that heads the body) is kept whole.
 */
function cutAt(nodes: readonly OutlineNode[], at: number, text: string): void {
  for (const n of nodes) {
    if (at < n.span.start || at >= n.span.end || (at === n.span.start && n.marker)) continue;
    n.span.end = trimEnd(text, n.span.start, at);
    if (!n.marker) n.span = trimSpan(text, n.span.start, n.span.end);
    cutAt(n.children, at, text);
  }
}
