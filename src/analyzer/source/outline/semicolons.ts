import { findHeadingMarkers } from './markers.ts';
import { headingRole, ITEM_ROLES } from './roles.ts';
import type { Rules } from '../../config/rules.ts';
import type { ItemRole, Marker } from '../../types.ts';

/** Segments a sentence must hold, at least, to be a list. */
const MIN_SEGMENTS = 3;
/** Longest segment of such a list: longer ones are sentences, not points. */
const MAX_SEGMENT = 80;
/** Characters read at a point's start for a number of its own (`(一)`, `1、`) and the character after it. */
const NUMBER_WINDOW = 8;

/**
 * Points listed within one sentence, separated by semicolons after a lead-in
 * (`…的问题，主要是A，占%；B；C等。`, `表现为：A；B；C。`): an empty marker at
 * each point's start, numbered 1, 2, 3… so the list reads as an enumeration.
 * The lead-in is a colon or one of `leadIns` in the first segment, and the
 * words before it name an item role (`存在“三多三少”现象：` introduces no items); the list starts after it.
 * Words before it that name no role may lean on the sentence before, which must (`存在一些问题。比如，A；B；C`).
 * Under a heading naming the role (`headed`), a role word leads a list in as well (`建议加强…；完善…；加大…`).
 * Clauses that each open with the same word opening a deficiency (`有的…；有的…；有的…`) need no lead-in
 * when they open the sentence; words before them must name the role as a lead-in's do. The list starts at the first.
 */
export function semicolonPoints(
  view: string,
  start: number,
  end: number,
  rules: Pick<Rules, 'leadIns' | 'roleCues' | 'itemWording'>,
  headed = false,
): Marker[] {
  // Under a heading naming the role, the role's own word leads a list in too (`建议加强…;完善…;丰富…`).
  const leads = headed
    ? [...rules.leadIns, ...[...ITEM_ROLES].flatMap((r) => rules.roleCues[r as ItemRole])]
    : rules.leadIns;
  const out: Marker[] = [];
  const sentence = /[^。！？!?\n]+/g;
  sentence.lastIndex = start;
  for (let m = sentence.exec(view); m !== null && m.index < end; m = sentence.exec(view)) {
    const text = m[0].slice(0, end - m.index);
    const parts = text.split(/[；;]/);
    if (parts.length < MIN_SEGMENTS) continue;
    const first = parts[0];
    const opener = anaphora(parts, rules.itemWording.problem.opening);
    const lead =
      opener === undefined
        ? Math.max(first.lastIndexOf('：'), first.lastIndexOf(':'), ...leads.map((w) => endOf(first, w)))
        : first.lastIndexOf(opener) - 1;
    if (
      lead < 0
        ? opener === undefined
        : !(namesItemRole(first.slice(0, lead + 1), rules) || namesItemRole(sentenceBefore(view, m.index), rules))
    )
      continue;
    const starts = [m.index + lead + 1];
    for (let i = 0, at = m.index; i < parts.length - 1; i++) {
      at += parts[i].length + 1;
      starts.push(at);
    }
    const lengths = starts.map((s, i) => (starts[i + 1] ?? m!.index + text.length) - s);
    if (lengths.some((n) => n < 2 || n > MAX_SEGMENT)) continue;
    starts.forEach((s, i) => {
      let at = s;
      while (at < end && /[ \t\u3000，,]/.test(view[at])) at++;
      // A point numbered in the sentence (`主要原因是:(一)…;(二)…`) keeps its number out of its title.
      const own = findHeadingMarkers(view.slice(at, Math.min(end, at + NUMBER_WINDOW)))[0];
      const numbered = own?.start === 0 && own.ordinal === i + 1;
      out.push({
        family: 'semicolon',
        ordinal: i + 1,
        text: numbered ? own.text : '',
        start: at,
        end: at + (numbered ? own.end : 0),
      });
    });
  }
  return out;
}

/** A list `semicolonPoints` finds, with the role its lead-in names and each point's span. */
export interface SemicolonList {
  role: ItemRole;
  cue: string;
  points: { start: number; end: number }[];
}

/**
 * The lists of `semicolonPoints` in `[start, end)`, each with the role the words before its first point
 * name (`…仍然面临一些挑战,主要体现在:A;B;C;D。`): an abstract's lists, where no section holds them.
 */
export function semicolonLists(
  view: string,
  start: number,
  end: number,
  rules: Pick<Rules, 'leadIns' | 'roleCues' | 'itemWording'>,
): SemicolonList[] {
  const markers = semicolonPoints(view, start, end, rules);
  const out: SemicolonList[] = [];
  let list: SemicolonList | undefined;
  markers.forEach((m, i) => {
    if (m.ordinal === 1) {
      const from = Math.max(start, ...[...'。！？!?\n'].map((c) => view.lastIndexOf(c, m.start - 1) + 1));
      const named = headingRole(view.slice(from, m.start), rules.roleCues);
      list =
        named.cue && ITEM_ROLES.has(named.role ?? '')
          ? { role: named.role as ItemRole, cue: named.cue, points: [] }
          : undefined;
      if (list) out.push(list);
    }
    const stop = markers[i + 1]?.ordinal === m.ordinal + 1 ? markers[i + 1].start : sentenceEnd(view, m.start, end);
    list?.points.push({ start: m.end, end: trimPoint(view, m.end, stop) });
  });
  return out;
}

/** Where the sentence holding `at` ends (its stop), before `end`. */
function sentenceEnd(view: string, at: number, end: number): number {
  const stop = view.slice(at, end).search(/[。！？!?\n]/);
  return stop === -1 ? end : at + stop;
}

/** `end` moved back over the semicolon, spaces and closing `等`/`等方面` ending a point. */
function trimPoint(view: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s；;，,]/.test(view[e - 1])) e--;
  const tail = /等(?:方面|几个方面)?$/.exec(view.slice(start, e));
  return tail ? e - tail[0].length : e;
}

function namesItemRole(words: string, rules: Pick<Rules, 'roleCues'>): boolean {
  return ITEM_ROLES.has(headingRole(words, rules.roleCues).role ?? '');
}

/** The last clause of the sentence ending just before `at` in the same paragraph, or ''. */
function sentenceBefore(view: string, at: number): string {
  if (!/[。！？!?]/.test(view[at - 1] ?? '')) return '';
  const from = Math.max(view.lastIndexOf('\n', at - 2), ...[...'。！？!?，,'].map((c) => view.lastIndexOf(c, at - 2)));
  return view.slice(from + 1, at - 1);
}

/** Offset just before the end of the last `word` in `text` (so that + 1 is past it), or -1. */
function endOf(text: string, word: string): number {
  const at = text.lastIndexOf(word);
  return at === -1 ? -1 : at + word.length - 1;
}

/** The problem-opening word (`有的`, `部分`) every part opens with, the first after a comma or the sentence's start. */
function anaphora(parts: readonly string[], openers: readonly string[]): string | undefined {
  const word = openers.find((w) => parts.slice(1).every((p) => p.trimStart().startsWith(w)));
  if (word === undefined) return undefined;
  const at = parts[0].lastIndexOf(word);
  return at !== -1 && (at === 0 || /[，,：:\s]/.test(parts[0][at - 1])) ? word : undefined;
}
