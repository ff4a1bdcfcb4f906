import { headingEnd } from './heading.ts';
import type { Found, ItemsInput } from './items.ts';
import { trimSpan } from '../../text/spans.ts';

/** A paragraph's first sentence that states a cause (`…不足，是制约…的重要原因。`); `words`: the cause cues. */
const statesCause = (words: readonly string[]) =>
  new RegExp(`^[^。！？!?\\n]*?[，,]\\s*(?:也|更|还|则)?是[^。！？!?\\n]*?(?:${words.join('|')})`);

/**
 * A cause section with nothing enumerated in it, read as its paragraphs when
 * at least two of them each state one cause (`…，是…的主要原因。`): those
 * paragraphs are the items, each titled by its first clause; the section is
 * not an item itself.
 */
export function statedCauses(found: Found[], input: ItemsInput): Found[] {
  const states = statesCause(input.rules.roleCues.cause);
  return found.flatMap((f) => {
    // Only a whole-section item (its span is its section's own) with no points.
    if (f.role !== 'cause' || f.subpoints.length > 0 || f.span !== f.node.span) return [f];
    const paragraphs = paragraphsOf(input.view, f.node.headingSpan.end, f.span.end);
    const stated = paragraphs.filter((p) => states.test(input.view.slice(p.start, p.end)));
    if (stated.length < 2) return [f];
    return stated.map((p): Found => {
      const title = headingEnd(input.view, p.start, p.end, input.rules);
      const comma = input.view.slice(p.start, title.end).search(/[，,]/);
      const titleEnd = comma > 0 ? p.start + comma : title.end;
      return {
        ...f,
        marker: '',
        titleSpan: { start: p.start, end: titleEnd },
        span: p,
        path: [...f.path, input.text.slice(p.start, titleEnd)],
        subpoints: [],
        evidence: { source: 'inherited' },
      };
    });
  });
}

/** The non-blank lines of `[start, end)`, trimmed. */
function paragraphsOf(view: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = start; at < end; ) {
    const newline = view.indexOf('\n', at);
    const stop = newline === -1 || newline > end ? end : newline;
    const span = trimSpan(view, at, stop);
    if (span.end > span.start) out.push({ start: span.start, end: span.end });
    at = stop + 1;
  }
  return out;
}
