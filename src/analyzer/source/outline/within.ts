import { bodyMarkers, paragraphItems } from './points.ts';
import type { Found, ItemsInput } from './items.ts';

/**
 * Causes a lead-in announces with a colon inside a problem's own section
 * (`(二)…未充分融合。…具体原因包括以下三点:A;B;C。`, `组织建立难。…原因有三:一是…`):
 * cause items, added after the problem in text order, each paired with it
 * as the text states; they are no longer its sub-points.
 */
export function announcedWithin(found: Found[], input: ItemsInput): { found: Found[]; pairs: [Found, Found][] } {
  const pairs: [Found, Found][] = [];
  const out = found.flatMap((f) => {
    // Only a problem's whole leaf section: a list inside it is its own.
    if (f.role !== 'problem' || f.span !== f.node.span || f.node.children.length > 0) return [f];
    const { headingSpan, span } = f.node;
    const markers = bodyMarkers(input, headingSpan.end, span.end);
    const others = paragraphItems(f.node, f.role, f.path, input, markers).filter(
      (p) => p.evidence.source === 'heading' && p.role === 'cause',
    );
    // A list announced with a colon (`原因有三:`): a sentence naming causes before `首先,…` may only explain.
    if (others.length === 0 || !/[:：]\s*$/.test(input.view.slice(f.span.start, others[0].span.start))) return [f];
    const starts = new Set(others.map((p) => p.span.start));
    const holder: Found = { ...f, subpoints: f.subpoints.filter((s) => !starts.has(s.span.start)) };
    for (const p of others) pairs.push([holder, p]);
    return [holder, ...others];
  });
  return { found: out, pairs };
}
