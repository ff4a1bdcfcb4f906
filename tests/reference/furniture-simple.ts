// Site furniture as first written (every line rule tried on every line, the watermark searched for everywhere): the oracle for tests/analyzer/source/normalize.test.ts.
// The rules themselves are the data file's, compiled by the module; only how they are tried is the simple way.
import type { Replacement } from '../../src/analyzer/source/ledger.ts';
import { ATTRIBUTION, HEADER_TIME, type Found } from '../../src/analyzer/source/normalize/furniture.ts';
import type { CompiledFurniture } from '../../src/analyzer/source/normalize/line-rules.ts';
import type { SourceMetadata } from '../../src/analyzer/types.ts';

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start += part.length + 1;
  }
  return out;
}

/** Widen a line span over the spaces around it (the line breaks stay: they separate paragraphs). */
function withBlanks(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && /[ \t\u3000]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && /[ \t\u3000]/.test(text[e])) e++;
  return { start: s, end: e };
}

/**
 * Find site furniture in `view`: page header, footer lines, watermarks, notices,
 * layout debris. `atEnd` marks a region that ends an article (attribution lines
 * are only furniture there).
 */
export function simpleFindFurniture(
  view: string,
  options: { atEnd: boolean; atStart: boolean; rules: CompiledFurniture },
): Found {
  const replacements: Replacement[] = [];
  const meta: SourceMetadata = {};
  const all = lines(view);

  const headerEnd = options.atStart ? header(all, replacements, meta) : -1;

  for (const line of all) {
    if (!line.text || line.start < headerEnd) continue;
    for (const r of options.rules.lines) {
      const m = r.line.exec(line.text);
      if (!m) continue;
      const span = withBlanks(view, line.start, line.end);
      replacements.push({ ...span, text: '', rule: r.rule });
      if (r.meta) Object.assign(meta, r.meta(m));
      break;
    }
  }

  for (const r of options.rules.inline) {
    const pattern = new RegExp(r.pattern.source, 'g');
    for (const m of view.matchAll(pattern)) {
      if (m[0] !== '') replacements.push({ start: m.index, end: m.index + m[0].length, text: '', rule: r.rule });
    }
  }

  if (options.atEnd) {
    const trimmedEnd = view.trimEnd().length;
    const m = ATTRIBUTION.exec(view.slice(Math.max(0, trimmedEnd - 40), trimmedEnd));
    if (m) {
      const start = Math.max(0, trimmedEnd - 40) + m.index;
      replacements.push({ start, end: start + m[0].length, text: '', rule: 'furniture.site-attribution' });
    }
  }
  return { replacements, meta };
}

/** The site's page header: up to three short lines, then the `时间:… 阅读:` line. Returns where it ends, or -1. */
function header(all: Line[], replacements: Replacement[], meta: SourceMetadata): number {
  const nonEmpty = all.filter((l) => l.text).slice(0, 5);
  const timeIndex = nonEmpty.findIndex((l) => HEADER_TIME.test(l.text));
  if (timeIndex === -1 || timeIndex > 3) return -1;
  const above = nonEmpty.slice(0, timeIndex);
  if (above.some((l) => l.text.length > 40)) return -1;
  const time = HEADER_TIME.exec(nonEmpty[timeIndex].text)!;
  meta.published = time[1];
  if (above.length >= 2) meta.section = above[0].text;
  if (above.length >= 1) meta.compilationTitle = above[above.length - 1].text;
  const rules = ['furniture.site-section', 'furniture.compilation-title'];
  above.forEach((l, i) => {
    const rule = above.length >= 2 && i === 0 ? rules[0] : rules[1];
    replacements.push({ start: l.start, end: l.end, text: '', rule });
  });
  const t = nonEmpty[timeIndex];
  replacements.push({ start: t.start, end: t.end, text: '', rule: 'furniture.page-time' });
  return t.end;
}
