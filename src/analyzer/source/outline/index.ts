import { headingEnd } from './heading.ts';
import { headingMarkersFrom } from './markers.ts';
import type { Rules } from '../../config/rules.ts';
import { trimEnd, trimSpan } from '../../text/spans.ts';
import type { Diagnostic, Marker, OutlineNode, Span } from '../../types.ts';

/** A heading marker accepted into the outline, with its depth. */
export interface Accepted {
  marker: Marker;
  level: number;
  list: number;
}

/**
 * Keep the markers whose lists advance (一、二、… or (一)(二)…), nesting a
 * list that starts at 1 under the one open before it. A marker whose number
 * does not continue an open list, and a list that never reaches its second
 * member, are plain text (a stray `(二)` in a sentence, a lone `(一)` inside a
 * paragraph) — unless the heading has a line of its own.
 */
export function acceptMarkers(
  markers: readonly Marker[],
  standalone: (m: Marker) => boolean = () => false,
): Accepted[] {
  const excluded = new Set<Marker>();
  for (let pass = 0; pass < 4; pass++) {
    const accepted = sequencePass(markers.filter((m) => !excluded.has(m)));
    const sizes = new Map<number, number>();
    for (const a of accepted) if (a.marker.ordinal > 0) sizes.set(a.list, (sizes.get(a.list) ?? 0) + 1);
    // Labelled blocks (`问题一:`) and headings on a line of their own are explicit enough to stand alone.
    const lonely = accepted.filter(
      (a) =>
        a.marker.family !== 'labelled' && a.marker.ordinal > 0 && (sizes.get(a.list) ?? 0) < 2 && !standalone(a.marker),
    );
    if (lonely.length === 0) return accepted;
    for (const a of lonely) excluded.add(a.marker);
  }
  return sequencePass(markers.filter((m) => !excluded.has(m)));
}

function sequencePass(markers: readonly Marker[]): Accepted[] {
  const out: Accepted[] = [];
  let stack: Accepted[] = [];
  let lists = 0;
  let lastLabelled: Accepted | undefined;
  for (const marker of markers) {
    if (marker.family === 'labelled') {
      // 问题一: … 整改措施: … — labelled blocks sit at the top; unnumbered ones follow a numbered one.
      const prev = lastLabelled;
      const continues =
        prev !== undefined && prev.marker.label === marker.label && marker.ordinal === prev.marker.ordinal + 1;
      const ok = marker.ordinal === 0 ? prev !== undefined : marker.ordinal === 1 || continues;
      if (!ok) continue;
      const a: Accepted = { marker, level: 1, list: marker.ordinal === 0 ? -1 : continues ? prev!.list : ++lists };
      if (marker.ordinal > 0) lastLabelled = a;
      out.push(a);
      stack = [a];
      continue;
    }
    const i = stack.findIndex((s) => s.marker.family === marker.family);
    if (i !== -1 && marker.ordinal === stack[i].marker.ordinal + 1) {
      const a = { marker, level: i + 1, list: stack[i].list };
      stack = [...stack.slice(0, i), a];
      out.push(a);
    } else if (marker.ordinal === 1) {
      const level = i !== -1 ? i + 1 : stack.length + 1;
      const a = { marker, level, list: ++lists };
      stack = [...stack.slice(0, level - 1), a];
      out.push(a);
    }
  }
  return out;
}

export interface OutlineInput {
  /** Cleaned article text (source's own characters). */
  text: string;
  /** Simplified view of `text`, same offsets. */
  view: string;
  body: Span;
  slug: string;
  rules: Pick<Rules, 'headingFinals' | 'bodyOpeners' | 'conclusionOpeners'>;
}

/**
 * The article's outline: its numbered sections, nested, each with the heading
 * phrase and extent. Roles are filled in later (role `other` here).
 */
export function buildOutline(input: OutlineInput): { nodes: OutlineNode[]; warnings: Diagnostic[] } {
  const { text, view, body } = input;
  const warnings: Diagnostic[] = [];
  const bodyView = view.slice(0, body.end);
  const markers = headingMarkersFrom(bodyView, body.start);
  const accepted = acceptMarkers(markers, (m) => isStandalone(view, m));

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
  const intro = trimSpan(text, body.start, firstStart);
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
    const headStart = skipSpace(view, marker.end, limit);
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

/** A marker opening a short line with no sentence in it: `一、存在的问题`. */
function isStandalone(view: string, m: Marker): boolean {
  const lineStart = view.lastIndexOf('\n', m.start - 1) + 1;
  if (view.slice(lineStart, m.start).trim() !== '') return false;
  const newline = view.indexOf('\n', m.end);
  const rest = view.slice(m.end, newline === -1 ? view.length : newline).trim();
  return rest.length > 0 && rest.length <= 40 && !/[。！？!?；;，,]/.test(rest);
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

function assignIds(nodes: OutlineNode[], prefix: string): void {
  nodes.forEach((node, i) => {
    node.id = `${prefix}${i + 1}`;
    assignIds(node.children, `${node.id}-`);
  });
}

function skipSpace(view: string, at: number, limit: number): number {
  while (at < limit && /\s/.test(view[at])) at++;
  return at;
}
