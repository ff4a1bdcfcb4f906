import { headingRole } from './roles.ts';
import type { Rules } from '../../config/rules.ts';
import type { ItemRole, Marker } from '../../types.ts';

const ITEM_ROLES: ReadonlySet<string> = new Set(['problem', 'cause', 'countermeasure']);
/** The lead-in's last clause this long at most is read for the role it announces (`存在以下问题：`). */
const LEAD_IN = 40;

/** One enumerated point of a run: its marker and where its text ends. */
export interface RunPoint {
  marker: Marker;
  end: number;
}

/** A run of enumerated points, with the role its lead-in announces (`存在以下问题：一是…`), if any. */
export interface Run {
  points: RunPoint[];
  announced?: { role: ItemRole; cue: string };
}

/**
 * The enumerations of a section body `[start, end)` from its inline markers
 * (`markers`): runs of paragraphs opening 一是…二是… / 首先…其次…; else runs
 * inside single paragraphs (`存在以下问题：一是…；二是…`). A run restarts at a
 * new 1 once it has two points, so a section may hold a run of problems and
 * then one of countermeasures, each with its own lead-in.
 */
export function enumerationRuns(
  view: string,
  start: number,
  end: number,
  markers: readonly Marker[],
  cues: Rules['roleCues'],
  leadIns: readonly string[],
): Run[] {
  const opening = splitRuns(markers.filter((m) => opensLine(view, m.start)));
  if (opening.length > 0) {
    return opening.map((run, r) => {
      const next = opening[r + 1]?.[0].start;
      const stop = next === undefined ? end : Math.max(lineStart(view, lineStart(view, next) - 1), run.at(-1)!.end);
      const from = r === 0 ? start : opening[r - 1].at(-1)!.end;
      return withLeadIn(view, from, run, stop, cues);
    });
  }
  const runs: Run[] = [];
  for (let p = start; p < end; ) {
    const newline = view.indexOf('\n', p);
    const stop = newline === -1 || newline > end ? end : newline;
    const inside = markers.filter((m) => m.start >= p && m.start < stop);
    // Only a lead-in that announces a list (`存在以下问题：`) makes a run in a paragraph the items, not its sub-points.
    for (const run of splitRuns(inside))
      if (announces(view, p, run[0].start, leadIns, cues)) runs.push(withLeadIn(view, p, run, stop, cues));
    p = stop + 1;
  }
  return runs;
}

function withLeadIn(view: string, from: number, run: Marker[], stop: number, cues: Rules['roleCues']): Run {
  const points = run.map((marker, i) => ({ marker, end: run[i + 1]?.start ?? stop }));
  const lead = view.slice(Math.max(from, run[0].start - LEAD_IN), run[0].start).replace(/[。\s]+$/, '');
  const clause = lead.split(/[。！？!?；;\n]/).at(-1) ?? '';
  const found = headingRole(clause, cues);
  return found.role && ITEM_ROLES.has(found.role)
    ? { points, announced: { role: found.role as ItemRole, cue: found.cue! } }
    : { points };
}

/**
 * Whether the clause before `at` (from `from`) announces a list: it ends with
 * a colon, or holds one of `leadIns` or a word naming an item role (`…的不足作了剖析。一是…`).
 */
function announces(
  view: string,
  from: number,
  at: number,
  leadIns: readonly string[],
  cues: Rules['roleCues'],
): boolean {
  const clause = view.slice(from, at).replace(/[。\s]+$/, '');
  if (/[：:]$/.test(clause)) return true;
  const last = clause.split(/[。！？!?；;]/).at(-1) ?? '';
  const role = headingRole(last, cues).role;
  return leadIns.some((w) => last.includes(w)) || (role !== undefined && ITEM_ROLES.has(role));
}

/** Runs 1, 2, 3… of at least two markers (a closing `最后` may end one); a new 1 after two starts another. */
export function splitRuns(markers: readonly Marker[]): Marker[][] {
  const runs: Marker[][] = [];
  let run: Marker[] = [];
  for (const m of markers) {
    if (m.ordinal === run.length + 1 || (m.ordinal === 99 && run.length >= 2)) run.push(m);
    else if (m.ordinal === 1) {
      if (run.length >= 2) runs.push(run);
      run = [m];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** Whether only spaces (`[ \t\u3000]`) stand between the line break before `at` and `at`, read backwards from `at`. */
export function opensLine(view: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (view[i] === ' ' || view[i] === '\t' || view[i] === '\u3000')) i--;
  return i >= 0 && view[i] === '\n';
}

/** Offset where the line holding `at` starts. */
function lineStart(view: string, at: number): number {
  return view.lastIndexOf('\n', at - 1) + 1;
}
