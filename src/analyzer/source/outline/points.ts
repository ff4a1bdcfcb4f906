/** The enumerated points of a section body: its items (`paragraphItems`) or an item's sub-points (`pointsOf`). */
import { enumeratingBullets, mergeMarkers } from './bullets.ts';
import { ITEM_ROLES } from './roles.ts';
import { headingEnd } from './heading.ts';
import { inferRole } from './infer.ts';
import type { Found, ItemsInput } from './items.ts';
import { findInlineMarkers } from './markers.ts';
import { headLines } from './head-lines.ts';
import { headSentences, parallelOpenings } from './parallel.ts';
import { semicolonPoints } from './semicolons.ts';
import { enumerationRuns, splitRuns } from './runs.ts';
import { lineStart, opensLine, trimEnd } from '../../text/spans.ts';
import type { ItemRole, Marker, OutlineNode, SubPoint } from '../../types.ts';

/**
 * 篇三's problems: paragraphs that open `一是…`, `二是…` under a problem
 * heading; else a run inside one paragraph after its lead-in
 * (`存在以下问题：一是…二是…`). A lead-in naming a role gives the run that role
 * (`markers`: the section body's inline markers).
 */
export function paragraphItems(
  node: OutlineNode,
  role: ItemRole,
  path: string[],
  input: ItemsInput,
  markers: Marker[],
): Found[] {
  const headed = ITEM_ROLES.has(node.role) && node.roleEvidence.source === 'heading';
  const runs = enumerationRuns(input.view, node.headingSpan.end, node.span.end, markers, input.rules, headed);
  return runs.flatMap((run) => {
    // Achievements or the situation a lead-in names (`取得的成绩…：一是…`) are no items where no heading says so.
    if (run.situation && !headed) return [];
    const found = run.points.map(({ marker: m, end: stop }): Found => {
      const end = trimEnd(input.text, m.start, stop);
      // `首先，` / `第一：` — the mark after a discourse ordinal is not the title's.
      let from = m.end;
      while (from < end && '，,、：: \u3000'.includes(input.view[from])) from++;
      const title = headingEnd(input.view, from, end, input.rules);
      return {
        role: run.announced?.role ?? role,
        node,
        marker: m.text,
        titleSpan: { start: from, end: title.end },
        span: { start: m.start, end },
        path: [...path, input.text.slice(m.start, title.end)],
        subpoints: inlinePoints(input, title.end, end),
        evidence: run.announced ? { source: 'heading', cue: run.announced.cue } : { source: 'inherited' },
      };
    });
    // Under a heading naming problems or causes, a list of actions is what answers them, as after a lead-in.
    return run.announced || (headed && role !== 'countermeasure') ? overruledByWording(found, input) : found;
  });
}

/**
 * Points announced as problems or causes that every one read by their own
 * wording as actions (`存在问题，需要加以解决。首先，应扩大…其次，应丰富…`) are
 * countermeasures: the lead-in names what they answer. Points announced as
 * countermeasures that all read as deficiencies (`…提出对策加以解决。` ⏎
 * `一是思想认识与…工作不适应。`) are problems: the lead-in names what the
 * article goes on to give. (Problems are never read as causes: causes are
 * worded as deficiencies too.)
 */
function overruledByWording(points: Found[], input: ItemsInput): Found[] {
  const announced = points[0]?.role;
  if (announced === undefined) return points;
  // `一要…`: the marker's 要 opens the point's wording.
  const read = points.map((f) =>
    inferRole(
      (f.marker.endsWith('要') ? '要' : '') + input.view.slice(f.titleSpan.start, f.titleSpan.end),
      input.rules.itemWording,
    ),
  );
  const other: ItemRole = announced === 'countermeasure' ? 'problem' : 'countermeasure';
  if (read.some((r) => r?.role !== other)) return points;
  return points.map((f, i) => ({ ...f, role: other, evidence: read[i]!.evidence }));
}

/**
 * Inline markers in `[start, end)`. The slice is scanned on its own, so a
 * list glued to its heading (`…相对滞后一是…`) starts a point there.
 */
export function inlineMarkers(view: string, start: number, end: number): Marker[] {
  const found = findInlineMarkers(view.slice(start, end)).map((m) => ({
    ...m,
    start: m.start + start,
    end: m.end + start,
  }));
  return withGluedFirst(view, start, found);
}

/** Characters that make `一` part of a word before `是`/`要` (`统一要求`, `之一是`), not a first point. */
const WORD_BEFORE_ONE = /[统唯之第万同单专逐划归合不]/;

/**
 * `…强化党员教育一要创新…;二要严格…`: a first point glued to the words before it (no mark between),
 * taken where its second point (`二要`, `二是`) follows in the same paragraph and no first point is found.
 */
function withGluedFirst(view: string, start: number, markers: Marker[]): Marker[] {
  const glued: Marker[] = [];
  for (const [i, m] of markers.entries()) {
    if (m.ordinal !== 2 || !/^二[是要]$/.test(m.text) || markers[i - 1]?.ordinal === 1) continue;
    const word = `一${m.text[1]}`;
    const at = view.lastIndexOf(word, m.start - 1);
    const from = Math.max(start, view.lastIndexOf('\n', m.start - 1) + 1);
    if (at < from || (markers[i - 1] && markers[i - 1].start > at) || WORD_BEFORE_ONE.test(view[at - 1] ?? ''))
      continue;
    glued.push({ family: 'inline', ordinal: 1, text: word, start: at, end: at + word.length });
  }
  return glued.length === 0 ? markers : [...markers, ...glued].sort((a, b) => a.start - b.start);
}

/**
 * A section body's inline markers and the bullets that enumerate its points
 * (`enumeratingBullets`); with neither, its paragraphs that open alike
 * (`parallelOpenings`) or with short sentences reading as items (`headSentences`);
 * short lines of their own heading paragraphs (`headLines`: under a heading naming the
 * role (`headed`) any, else those reading as items by their words); else the points a
 * sentence lists with semicolons after a lead-in naming them (`semicolonPoints`).
 */
export function bodyMarkers(input: ItemsInput, start: number, end: number, headed = false): Marker[] {
  const { view } = input;
  const markers = mergeMarkers(inlineMarkers(view, start, end), enumeratingBullets(view, start, end));
  const runs = splitRuns(markers);
  // Runs only inside paragraphs may be the sub-points of paragraphs that are the items (`加强思想教育。…第一,…第二,…`);
  // a run whose second point opens a paragraph is one of paragraphs (`…几个方面。首先,…` ⏎ `其次,…`).
  const inside = runs.length > 0 && runs.every((r) => !opensLine(view, r[0].start) && !opensLine(view, r[1].start));
  if (runs.length > 0 && !inside) return withSemicolonLists(markers, input, start, end, headed);
  // Under a heading naming the role, two paragraphs opening alike are already a list.
  const parallel = parallelOpenings(view, start, end, headed ? 2 : 3);
  if (parallel.length > 0) return parallel;
  const sentences = headSentences(view, start, end, headed ? 2 : 3, input.rules.itemWording, headed);
  if (sentences.length > 0) return sentences;
  // Markers that make no list (a lone `其次` in a sentence) left the forms above their chance.
  if (markers.length > 0) return withSemicolonLists(markers, input, start, end, headed);
  const heads = headed ? headLines(view, start, end) : headLines(view, start, end, input.rules.itemWording);
  return heads.length > 0
    ? withSemicolonLists(heads, input, start, end, headed)
    : semicolonPoints(view, start, end, input.rules, headed);
}

/**
 * `markers` and the semicolon lists (`semicolonPoints`) of the lines that hold none of them: a section may
 * list its problems `一是…二是…` and then what answers them in one sentence (`提出以下建议:A;B;C`).
 */
function withSemicolonLists(
  markers: Marker[],
  input: ItemsInput,
  start: number,
  end: number,
  headed: boolean,
): Marker[] {
  const { view } = input;
  const lists = semicolonPoints(view, start, end, input.rules, headed);
  if (lists.length === 0) return markers;
  const marked = new Set(markers.map((m) => lineStart(view, m.start)));
  return mergeMarkers(
    markers,
    lists.filter((m) => !marked.has(lineStart(view, m.start))),
  );
}

/** The longest run 1, 2, 3… (a closing `最后` may end it). */
function advancing(markers: readonly Marker[]): Marker[] {
  const run: Marker[] = [];
  for (const m of markers) {
    const expected = run.length + 1;
    if (m.ordinal === expected || (m.ordinal === 99 && run.length >= 2)) run.push(m);
    else if (m.ordinal === 1 && run.length < 2) run.splice(0, run.length, m);
  }
  return run.length >= 2 ? run : [];
}

/** Inline points (`一是…二是…`) inside an item's text. */
function inlinePoints(input: ItemsInput, start: number, end: number): SubPoint[] {
  return pointsOf(input, inlineMarkers(input.view, start, end), end);
}

/** The points that the run of advancing `markers` opens, up to `end`. */
export function pointsOf(input: ItemsInput, markers: readonly Marker[], end: number): SubPoint[] {
  const run = advancing(markers);
  return run.map((m, i) => {
    const stop = trimEnd(input.text, m.start, run[i + 1]?.start ?? end);
    // The comma or colon after a marker that stops before it (`第一,…`, `其一,…`) is no part of the point's text.
    const text = input.text
      .slice(m.end, stop)
      .replace(/^[\s，,、：:]+/, '')
      .trimEnd();
    return { marker: m.text, text, span: { start: m.start, end: stop } };
  });
}
