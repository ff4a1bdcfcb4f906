/** A whole section as an item (`nodeItem`), and the role it and everything under it take (`settleRole`). */
import { bareRoleHeading } from './roles.ts';
import { inlineMarkers, pointsOf } from './points.ts';
import type { Found, ItemsInput } from './found.ts';
import type { ItemRole, Marker, OutlineNode, RoleEvidence, Span } from '../../types.ts';

/**
 * An item's section takes the item's role, and so does everything under it: a
 * cue word inside an item heading (`思想重视不足` under 原因分析) does not
 * make it a different kind of item.
 */
export function settleRole(node: OutlineNode, role: ItemRole, evidence: RoleEvidence): void {
  node.role = role;
  node.roleEvidence = evidence;
  for (const child of node.children) settleRole(child, role, { source: 'inherited' });
}

/**
 * An item of a whole section. `markers`, when given, are the inline markers
 * of the section's body (`inlineMarkers` from its heading's end to its end),
 * already found.
 */
export function nodeItem(
  node: OutlineNode,
  role: ItemRole,
  path: string[],
  input: ItemsInput,
  evidence: RoleEvidence,
  markers?: Marker[],
): Found {
  const subpoints =
    node.children.length > 0
      ? node.children.map((c) => ({
          marker: c.marker?.text ?? '',
          text: input.text.slice(c.headingSpan.start, c.span.end).trim(),
          span: { start: c.span.start, end: c.span.end },
        }))
      : pointsOf(input, markers ?? inlineMarkers(input.view, node.headingSpan.end, node.span.end), node.span.end);
  return {
    role,
    node,
    marker: node.marker?.text ?? '',
    titleSpan: bareRoleHeading(input.view.slice(node.headingSpan.start, node.headingSpan.end), input.rules.roleCues)
      ? (firstSentence(input.view, node.headingSpan.end, node.span.end) ?? node.headingSpan)
      : node.headingSpan,
    span: node.span,
    path,
    subpoints,
    evidence,
  };
}

/** Longest first sentence that titles an item whose heading only names its role. */
const FIRST_SENTENCE = 60;

/** The first sentence of `[start, end)` (to its stop or line end, at most `FIRST_SENTENCE` characters), if any. */
function firstSentence(view: string, start: number, end: number): Span | undefined {
  let from = start;
  while (from < end && /[\s:：。]/.test(view[from])) from++;
  let to = from;
  while (to < end && to - from < FIRST_SENTENCE && !/[。！？!?；;\n]/.test(view[to])) to++;
  return to > from ? { start: from, end: to } : undefined;
}
