/**
 * The outline stage: an article's numbered sections, nested (`buildOutline`),
 * the role each heading's words give it (`assignRoles`), and the problems,
 * causes and countermeasures at the level where the author enumerates them
 * (`extractItems`). Line joining asks it what a heading looks like
 * (`headingEnd`, the heading markers), so that a heading line is never joined
 * to the paragraph after it.
 */
import { type Accepted, acceptMarkers } from './accept.ts';
import { decimalMarkers } from './decimal.ts';
import { headingEnd } from './heading.ts';
import { groupUnderRoleLines, type RoleLinesInput } from './lines.ts';
import { headingMarkersFrom } from './markers.ts';
import { ordinalsAboveRestarts } from './restarts.ts';
import type { Rules } from '../../config/rules.ts';
import { blankFrom, lineStart, opensLine, trimEnd, trimSpan } from '../../text/spans.ts';
import type { Diagnostic, Marker, OutlineNode, Span } from '../../types.ts';

export interface OutlineInput {
  /** Cleaned article text (source's own characters). */
  text: string;
  /** Simplified view of `text`, same offsets. */
  view: string;
  body: Span;
  slug: string;
  rules: Pick<Rules, 'headingFinals' | 'bodyOpeners' | 'conclusionOpeners'>;
  /** Offsets in `text` where a notice that the site left text out was removed (`此处隐藏1514个字`). */
  omissions?: readonly number[];
}

/**
 * The article's outline: its numbered sections, nested, each with the heading
 * phrase and extent. Roles are filled in later (role `other` here).
 */
export function buildOutline(input: OutlineInput): { nodes: OutlineNode[]; warnings: Diagnostic[] } {
  const { text, view, body } = input;
  const warnings: Diagnostic[] = [];
  const bodyView = view.slice(0, body.end);
  const decimal = decimalMarkers(bodyView, body.start, body.end);
  const plain = headingMarkersFrom(bodyView, body.start);
  const headingMarkers = decimal.length > 0 ? [...plain, ...decimal].sort((a, b) => a.start - b.start) : plain;
  const standalone = (m: Marker) => isStandalone(view, m) || cutShort(bodyView, m, headingMarkers);
  const omitted = (from: number, to: number) => (input.omissions ?? []).some((at) => from < at && at <= to);
  let accepted = acceptMarkers(headingMarkers, standalone, omitted);
  // Lists a sentence enumerates (`…以下几类:(1)…;(2)…`) number points within a paragraph, not sections.
  const inSentences = listsInSentences(accepted, view);
  if (inSentences.size > 0)
    accepted = acceptMarkers(
      headingMarkers.filter((m) => !inSentences.has(m)),
      standalone,
      omitted,
    );
  const above = ordinalsAboveRestarts(accepted, view, body.start, body.end);
  if (above.length > 0)
    accepted = acceptMarkers(
      [...headingMarkers, ...above].sort((a, b) => a.start - b.start),
      (m) => m.family === 'inline' || standalone(m),
      omitted,
    );

  interface Open {
    node: OutlineNode;
    level: number;
  }
  const roots: OutlineNode[] = [];
  const open: Open[] = [];
  const close = (level: number, at: number) => {
    while (open.length && open[open.length - 1].level >= level) {
      const done = open.pop()!;
      done.node.span.end = trimEnd(text, done.node.span.start, at);
    }
  };
  const add = (node: OutlineNode, level: number) => {
    close(level, node.span.start);
    const parent = open[open.length - 1];
    (parent ? parent.node.children : roots).push(node);
    open.push({ node, level });
  };

  const firstStart = accepted[0]?.marker.start ?? body.end;
  const trimmed = trimSpan(text, body.start, firstStart);
  const intro = trimmed.end > trimmed.start ? trimmed : null;
  if (intro) add(plainNode(intro, ''), 1);

  const conclusion = conclusionStart(
    view,
    accepted.at(-1)?.marker.end ?? body.start,
    body.end,
    input.rules.conclusionOpeners,
  );
  for (let k = 0; k < accepted.length; k++) {
    const { marker, level } = accepted[k];
    const limit = Math.min(accepted[k + 1]?.marker.start ?? body.end, conclusion ?? body.end);
    // `第一，` — the mark after a paragraph-opening ordinal is not the heading's.
    const headStart = skipSpace(view, marker.end, limit, marker.family === 'inline');
    const { end, guessed } = headingEnd(view, headStart, limit, input.rules);
    if (guessed) {
      warnings.push({
        code: 'outline.heading-guessed',
        message: `无法确定标题“${text.slice(headStart, end)}…”在哪里结束，已按标点估计；如有误，可在 content/corrections.yaml 中为这一处补上标点。`,
      });
    }
    add(
      {
        id: '',
        marker,
        level,
        heading: text.slice(headStart, end).trim(),
        headingSpan: { start: headStart, end },
        span: { start: marker.start, end: limit },
        role: 'other',
        roleEvidence: { source: 'default' },
        children: [],
      },
      level,
    );
  }
  if (conclusion !== undefined) add(plainNode({ start: conclusion, end: body.end }, 'conclusion'), 1);
  close(0, body.end);
  assignIds(roots, `${input.slug}-s`);
  return { nodes: roots, warnings };
}

/**
 * The markers of accepted lists that a sentence enumerates (`此类党员主要有以下几类:(1)迁居党员。…;(2)…`):
 * all on one line, none opening it, the first after a colon and the rest after semicolons.
 * They number points within a paragraph (`semicolonPoints`), not sections.
 */
function listsInSentences(accepted: readonly Accepted[], view: string): Set<Marker> {
  const out = new Set<Marker>();
  for (const list of Map.groupBy(accepted, (a) => a.list).values()) {
    const line = lineStart(view, list[0].marker.start);
    const enumerated = list.every(
      (a, i) =>
        !opensLine(view, a.marker.start) &&
        lineStart(view, a.marker.start) === line &&
        (i === 0 ? '：:' : '；;').includes(view[a.marker.start - 1]),
    );
    if (enumerated) for (const a of list) out.add(a.marker);
  }
  return out;
}

/** A marker opening a short line with no sentence in it: `一、存在的问题`. */
function isStandalone(view: string, m: Marker): boolean {
  if (view.slice(lineStart(view, m.start), m.start).trim() !== '') return false;
  const newline = view.indexOf('\n', m.end);
  const rest = view.slice(m.end, newline === -1 ? view.length : newline).trim();
  // One whole short sentence of at most two clauses (`在严守政治纪律，维护团结统一方面。`) is a heading
  // too: closed by its stop, or by a line break (a text cut short may stop inside one).
  const sentence = rest.replace(/[。.]$/, '');
  const whole = sentence !== rest || view.slice(newline === -1 ? view.length : newline).trim() !== '';
  const clauses = whole ? 2 : 1;
  return (
    sentence.length > 0 &&
    sentence.length <= 40 &&
    !/[。！？!?；;]/.test(sentence) &&
    (sentence.match(/[，,]/g)?.length ?? 0) < clauses
  );
}

/**
 * A first sub-heading opening the last line: the text was cut short after it
 * (`一、…症结` ⏎ `(一)重数量轻质量，…` and no more), so it stands alone.
 */
function cutShort(view: string, m: Marker, markers: readonly Marker[]): boolean {
  const newline = view.indexOf('\n', m.end);
  // The last line: only blank ones may follow (a file's final newline).
  if (m.ordinal !== 1 || !opensLine(view, m.start) || (newline !== -1 && !blankFrom(view, newline))) return false;
  return !markers.some((o) => o.family === m.family && o.start < m.start);
}

function plainNode(span: Span, kind: '' | 'conclusion'): OutlineNode {
  return {
    id: '',
    marker: null,
    level: 1,
    heading: '',
    headingSpan: { start: span.start, end: span.start },
    span: { ...span },
    role: kind === 'conclusion' ? 'conclusion' : 'context',
    roleEvidence: { source: 'position' },
    children: [],
  };
}

/** A closing paragraph (`综上所述,…`) after the last heading, if any. */
function conclusionStart(view: string, from: number, end: number, openers: readonly string[]): number | undefined {
  const re = /\n[ \t\u3000]*/g;
  re.lastIndex = from;
  for (let m = re.exec(view); m && m.index < end; m = re.exec(view)) {
    const at = m.index + m[0].length;
    if (openers.some((o) => view.startsWith(o, at))) return at;
  }
  return undefined;
}

/**
 * The outline regrouped under its unnumbered role lines (`groupUnderRoleLines`),
 * ids given anew. Call after `assignRoles`: a numbered section's own role ends a line's section.
 */
export function withRoleLines(nodes: OutlineNode[], input: RoleLinesInput & { slug: string }): OutlineNode[] {
  const out = groupUnderRoleLines(nodes, input);
  if (out !== nodes) assignIds(out, `${input.slug}-s`);
  return out;
}

function assignIds(nodes: OutlineNode[], prefix: string): void {
  nodes.forEach((node, i) => {
    node.id = `${prefix}${i + 1}`;
    assignIds(node.children, `${node.id}-`);
  });
}

function skipSpace(view: string, at: number, limit: number, marks = false): number {
  while (at < limit && (/\s/.test(view[at]) || (marks && '，,、：:'.includes(view[at])))) at++;
  return at;
}

export { assignRoles, headingRole } from './roles.ts';
export { extractItems, type ItemsInput } from './items.ts';
export { genreDecision } from './genre.ts';
export { contentsIn } from './contents.ts';
export { decimalMarkers } from './decimal.ts';
export { headingEnd } from './heading.ts';
export { lineRole } from './lines.ts';
export { findHeadingMarkers, MARKER_UNITS, mayStartWithHeadingMarker } from './markers.ts';
