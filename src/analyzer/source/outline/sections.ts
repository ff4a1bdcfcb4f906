/**
 * How a section of the outline reads for the items: a heading with nothing
 * under it, a table of contents' entry, a container or part of items, a list
 * of deficiencies, a list a lead-in announces, the role its wording reads as.
 */
import { inferRole, opensWithAction } from './infer.ts';
import { findInlineMarkers } from './markers.ts';
import { answeredUnderLabel } from './labels.ts';
import type { Found, ItemsInput } from './items.ts';
import { headingRole, ITEM_ROLES } from './roles.ts';
import { announcedBefore } from './runs.ts';
import type { ItemRole, Marker, OutlineNode, RoleEvidence } from '../../types.ts';
import { WORD_CHAR, wordChars } from '../../text/chars.ts';
import { blankFrom } from '../../text/spans.ts';

/**
 * Whether a numbered heading is a bare phrase with nothing but white space and
 * marks after it. A heading with clauses (`监督检查不到位,一些党组织……`) or a
 * label's words (`整改措施:完善……。`) is itself the content: never empty.
 */
export function emptyHeading(node: OutlineNode, view: string): boolean {
  if (node.children.length > 0 || !node.marker || node.marker.family === 'labelled') return false;
  if (/[，,；;。]/.test(view.slice(node.headingSpan.start, node.headingSpan.end))) return false;
  // A page cut one character into the section (`二、…对策` ⏎ `(请` and no more) has nothing under it either.
  const words = wordChars(view.slice(node.headingSpan.end, node.span.end));
  return words === 0 || (words === 1 && blankFrom(view, node.span.end));
}

/** A heading with nothing under it (clauses or not) that the text repeats further on: an entry of a table of contents. */
export function isContentsEntry(node: OutlineNode, view: string): boolean {
  if (node.children.length > 0 || !node.marker || WORD_CHAR.test(view.slice(node.headingSpan.end, node.span.end)))
    return false;
  return view.indexOf(view.slice(node.marker!.start, node.headingSpan.end), node.span.end) !== -1;
}

/**
 * Whether `node`, numbered like `sibling`, is a container of items: its heading ends naming an item role
 * (`对策建议`, not `活动的瓶颈难突破`) and it holds numbered sections.
 */
export function isContainer(node: OutlineNode, sibling: OutlineNode, view: string): boolean {
  return (
    node.marker?.family === sibling.marker?.family && endsNamingRole(node, view) && node.children.some((c) => c.marker)
  );
}

/**
 * Whether `node` names an area its numbered sections' items fall in (`(一)落实…工作要求方面` ⏎ `1.…下功夫不够`
 * ⏎ `2.…水平不高`): a heading ending `方面` over two or more of them. Its sections are the items.
 */
export function areaOf(node: OutlineNode, view: string): boolean {
  return bareHeading(node, view).endsWith('方面') && node.children.filter((c) => c.marker).length >= 2;
}

/** Whether `node` is a part of a section of `role` holding its own items (`一、思想方面的问题` ⏎ `1、…`). */
export function partOf(node: OutlineNode, role: ItemRole, view: string): boolean {
  return node.role === role && node.children.length > 0 && endsNamingRole(node, view);
}

/**
 * Whether `node`, among the items of a section of `role`, names that role as a part and lists its
 * items in its own text (`1.2 纪检监察工作存在的主要问题` ⏎ `…其一,…。其二,…`): the points are the items.
 * Its heading names the part as the existing or main ones (`存在的`, `主要`).
 */
export function listsPartInline(node: OutlineNode, role: ItemRole, view: string): boolean {
  if (node.role !== role || node.children.length > 0 || !endsNamingRole(node, view)) return false;
  const bare = bareHeading(node, view);
  if (!PART_NAMED.test(bare.slice(0, bare.length - node.roleEvidence.cue!.length))) return false;
  return findInlineMarkers(view.slice(node.headingSpan.end, node.span.end)).length >= 2;
}

/** Words before a role cue that make a heading name the part (`…存在的主要问题`), not one item (`…保障不足`). */
const PART_NAMED = /(?:存在的?|存在的主要|主要|突出)$/;

/**
 * Whether `node`, among the items of a section of `role`, is a section of another item role: its heading
 * ends with `的` and the cue (`1.3 参与度低的原因分析`), not a deficiency (`社会氛围不足`). In a body only
 * the title heads (`titled`), a section its heading names as the situation (`一、…的现状` ⏎ `1.…`, or a heading
 * ending with the word) is one too.
 */
export function otherPart(node: OutlineNode, role: ItemRole, input: ItemsInput, titled = false): boolean {
  const { view } = input;
  const { source, cue } = node.roleEvidence;
  // A heading ending with the word names the situation, even with nothing under it (`一、…的趋势与特点`),
  // unless it opens with an action (`提高政治站位,深刻认识…的重要性`).
  const bare = bareHeading(node, view);
  const names = bare.endsWith(cue ?? '\0') && !opensWithAction(bare, input.rules.itemWording);
  if (titled && node.role === 'context' && source === 'heading' && (node.children.length > 0 || names)) return true;
  return node.role !== role && endsNamingRole(node, view) && bare.endsWith(`的${cue}`);
}

/**
 * Whether a section's heading ends naming its item role (`对策建议`, `思想方面的问题`, `…的原因分析`): it names a part,
 * not one item stating a deficiency (`投入不足,工作环境与条件欠缺`).
 */
function endsNamingRole(node: OutlineNode, view: string): boolean {
  const { cue, source } = node.roleEvidence;
  return (
    source === 'heading' && ITEM_ROLES.has(node.role) && cue !== undefined && bareHeading(node, view).endsWith(cue)
  );
}

/** A section's heading without its closing marks and a closing `分析` (`…的原因分析`). */
function bareHeading(node: OutlineNode, view: string): string {
  return view
    .slice(node.headingSpan.start, node.headingSpan.end)
    .replace(/[\s:：。]+$/, '')
    .replace(/(分析|剖析|探析)$/, '');
}

/** Whether `node` is one of at least two numbered sections of its list. */
export function listed(node: OutlineNode, siblings: readonly OutlineNode[]): boolean {
  return siblings.filter((s) => s.marker?.family === node.marker?.family).length >= 2;
}

/** A first numbered section with no other beside it or under it (a page cut short after `一、`): its runs are its sub-points. */
export function alone(node: OutlineNode, siblings: readonly OutlineNode[]): boolean {
  return node.marker?.ordinal === 1 && node.children.length === 0 && siblings.filter((s) => s.marker).length === 1;
}

/**
 * The evidence of each of `children` reading as a problem, when there are two
 * or more, all numbered, and each either names problems or reads as a deficiency.
 */
export function deficientList(children: readonly OutlineNode[], input: ItemsInput): RoleEvidence[] | undefined {
  if (children.length < 2 || children.some((c) => !c.marker)) return undefined;
  const evidence: RoleEvidence[] = [];
  for (const child of children) {
    if (child.role === 'problem' && child.roleEvidence.source === 'heading') evidence.push(child.roleEvidence);
    else {
      const read = wordingRole(child, input);
      if (read?.role !== 'problem') return undefined;
      evidence.push(read.evidence);
    }
  }
  return evidence;
}

/**
 * The role a lead-in in a section's own text names for its two or more
 * numbered children (one, where the text ends inside it) (`…主要原因是:(一)…;(二)…`), in a section whose heading
 * names no item role, or that has no heading but the article's title (`…的实施路径`, whose body
 * says `还存在一些不足和问题:〔一〕…〔二〕…`).
 */
export function announcedList(node: OutlineNode, input: ItemsInput): { role: ItemRole; cue: string } | undefined {
  const [first] = node.children;
  // A page cut short inside the list's first point (`…以下五个方面的问题:` ⏎ `1、基层财政负债沉重。…`) gives one.
  const cut = node.children.length === 1 && first.children.length === 0 && blankFrom(input.view, first.span.end);
  if ((node.children.length < 2 && !cut) || node.children.some((c) => c.marker?.family !== first.marker?.family))
    return undefined;
  if (ITEM_ROLES.has(node.role) && node.roleEvidence.source === 'heading' && !titledBody(node)) return undefined;
  return announcedBefore(input.view, node.headingSpan.end, first.marker!.start, input.rules);
}

/**
 * The role a lead-in at the end of the section before a numbered list names
 * (`…主要原因是:` ⏎ `(一)…` ⏎ `(二)…`), with the list: the sections numbered
 * on from the first (1, 2, 3… in one family).
 */
export function leadInOfList(
  nodes: readonly OutlineNode[],
  input: ItemsInput,
): { role: ItemRole; cue: string; list: Set<OutlineNode> } | undefined {
  const i = nodes.findIndex((n) => n.marker);
  const before = nodes[i - 1];
  if (i < 1 || before.children.length > 0 || nodes[i].marker!.ordinal !== 1) return undefined;
  const list = new Set<OutlineNode>();
  for (let k = i; k < nodes.length; k++) {
    const m = nodes[k].marker;
    if (m?.family !== nodes[i].marker!.family || m.ordinal !== k - i + 1) break;
    list.add(nodes[k]);
  }
  if (list.size < 2) return undefined;
  const from = before.headingSpan.end;
  const found =
    announcedBefore(input.view, from, nodes[i].marker!.start, input.rules) ??
    previewRole([...list], input.view.slice(from, nodes[i].marker!.start), input);
  return found ? { ...found, list } : undefined;
}

/**
 * The role a sentence before a list names as it previews every heading of the list in order
 * (`…的主要原因包括思想认识不足、组织实施不力…以及资源投入不足。` ⏎ `1. 思想认识不足`): the
 * words before the first heading name it.
 */
function previewRole(
  list: readonly OutlineNode[],
  lead: string,
  input: ItemsInput,
): { role: ItemRole; cue: string } | undefined {
  const headings = list.map((n) => input.view.slice(n.headingSpan.start, n.headingSpan.end).trim());
  for (const sentence of lead.split(/[。！？!?\n]/)) {
    let at = 0;
    const found = headings.map((h) => {
      const k = h === '' ? -1 : sentence.indexOf(h, at);
      if (k !== -1) at = k + h.length;
      return k;
    });
    if (found.some((k) => k === -1)) continue;
    const named = headingRole(sentence.slice(0, found[0]), input.rules.roleCues);
    if (named.role && ITEM_ROLES.has(named.role)) return { role: named.role as ItemRole, cue: named.cue! };
  }
  return undefined;
}

/** The role a section's heading words read as (`inferRole`), when no heading names one. */
export function wordingRole(
  node: OutlineNode,
  input: ItemsInput,
): { role: ItemRole; evidence: RoleEvidence } | undefined {
  return inferRole(input.view.slice(node.headingSpan.start, node.headingSpan.end), input.rules.itemWording);
}

/**
 * The role a numbered section of `nodes` reads as by its wording, when most of its list read as items
 * or name a role: a list where few do (`7.1人力资源配置`, `7.2物力资源保障`… under `七、资源需求`) is of something else.
 */
export function wordingOfLists(
  nodes: readonly OutlineNode[],
  input: ItemsInput,
): (node: OutlineNode) => ReturnType<typeof wordingRole> {
  const read = new Map(nodes.map((n) => [n, n.marker && n.role === 'other' ? wordingRole(n, input) : undefined]));
  return (node) => {
    const list = nodes.filter((s) => s.marker?.family === node.marker?.family);
    const items = list.filter((s) => read.get(s) || ITEM_ROLES.has(s.role));
    return items.length * 2 > list.length ? read.get(node) : undefined;
  };
}

/** The body a title naming one role heads (`groupUnderRoleLines`): a section with no number and no heading of its own. */
export function titledBody(node: OutlineNode): boolean {
  return !node.marker && node.headingSpan.start === node.headingSpan.end && node.roleEvidence.source === 'heading';
}

/**
 * Whether a numbered section of `role` whose heading states its point (`痛点 1:基层党组织“软弱涣散”,凝聚力不足`,
 * not `二、…存在的突出问题`) is itself the item, the points `found` in it not: lists within sentences only
 * (`…问题:某村…;某村…`) when its heading reads as that role, its examples; or a problem's causes alone
 * (`核心原因:…;…`), which `announcedWithin` takes out and pairs with it.
 */
export function headingIsItem(
  node: OutlineNode,
  role: ItemRole,
  found: readonly Found[],
  markers: readonly Marker[],
  input: ItemsInput,
): boolean {
  // `…存在的突出问题` names a part; `…,凝聚力不足` ends stating a deficiency, though 不足 is a role word too.
  const deficiency = input.rules.itemWording.problem.anywhere.includes(node.roleEvidence.cue ?? '');
  if (!node.marker || found.length === 0 || (endsNamingRole(node, input.view) && !deficiency)) return false;
  if (role === 'problem' && found.every((f) => f.role === 'cause')) return true;
  if (answeredUnderLabel(node, role, found, input)) return true;
  return markers.every((m) => m.family === 'semicolon') && wordingRole(node, input)?.role === role;
}

/**
 * Whether a numbered problem heading reading as a deficiency is answered in its own body: every point found
 * there a lead-in announces as countermeasures (`1.推进…有差距。` ⏎ `整改落实情况:一是…`). The heading is
 * the problem, the points its answers.
 */
export function answeredInBody(node: OutlineNode, role: ItemRole, found: readonly Found[], input: ItemsInput): boolean {
  if (role !== 'problem' || !node.marker || found.length === 0) return false;
  return (
    found.every((f) => f.role === 'countermeasure' && f.evidence.source === 'heading') &&
    wordingRole(node, input)?.role === 'problem'
  );
}

/** A section's heading with its number (`一、存在的问题`), as an item's path shows it. */
export function headingWithMarker(node: OutlineNode): string {
  return node.marker ? `${node.marker.text}${node.heading}` : node.heading;
}

/** The leaf sections of `nodes`, each with its path of headings (`headingWithMarker`). */
export function leaves(nodes: readonly OutlineNode[], path: string[]): { node: OutlineNode; path: string[] }[] {
  return nodes.flatMap((node) => {
    const here = [...path, headingWithMarker(node)];
    return node.children.length > 0 ? leaves(node.children, here) : [{ node, path: here }];
  });
}
