import { inferRole } from './infer.ts';
import { headingRole, ITEM_ROLES, namesPair } from './roles.ts';
import type { Rules } from '../../config/rules.ts';
import { lineAt, lineStart, opensLine, trimSpan } from '../../text/spans.ts';
import type { ItemRole, Marker } from '../../types.ts';

/** The lead-in's last clause this long at most is read for the role it announces (`存在以下问题：`). */
const LEAD_IN = 40;

/** One enumerated point of a run: its marker and where its text ends. */
export interface RunPoint {
  marker: Marker;
  end: number;
}

/** The word lists runs are read with. */
export type RunRules = Pick<Rules, 'roleCues' | 'leadIns' | 'answering' | 'itemWording'>;

/** A run of enumerated points, with the role its lead-in announces (`存在以下问题：一是…`), if any. */
export interface Run {
  points: RunPoint[];
  announced?: { role: ItemRole; cue: string };
  /** The lead-in names the situation, not an item role (`取得的成绩可以归纳为：一是…`): the cue. */
  situation?: string;
}

/**
 * The enumerations of a section body `[start, end)` from its inline markers
 * (`markers`): runs of paragraphs opening 一是…二是… / 首先…其次…; else runs
 * inside single paragraphs (`存在以下问题：一是…；二是…`), or opening one under
 * a heading that names their role (`headed`). A run restarts at a new 1 once
 * it has two points, so a section may hold a run of problems and then one of
 * countermeasures, each with its own lead-in.
 */
export function enumerationRuns(
  view: string,
  start: number,
  end: number,
  markers: readonly Marker[],
  rules: RunRules,
  headed: boolean,
): Run[] {
  // A marker right after the heading opens the body's first paragraph (`二、存在的问题一是…` ⏎ `二是…`).
  const bodyStart = trimSpan(view, start, end).start;
  const opening = splitRuns(
    markers.filter(
      (m, i) =>
        opensLine(view, m.start) ||
        m.start === bodyStart ||
        gluedParagraph(view, m.start) ||
        leadsParagraphs(view, m, markers[i + 1]),
    ),
    view.search(/\S/),
  ).map((run) => withFurther(view, run, end, rules));
  if (opening.length > 0) {
    // Paragraphs before the first such run may hold runs of their own (`…存在以下几个方面：一是…二是…` ⏎ then
    // `原因主要有以下几个方面：` ⏎ `一是…` ⏎ `二是…`).
    const first = lineStart(view, opening[0][0].start);
    const before = first > start ? inParagraphs(view, start, first - 1, markers, rules, headed) : [];
    // Paragraphs after the last point's own may hold an announced run (`…加以解决。首先，我们要…其次，…`).
    const lineEnd = view.indexOf('\n', opening.at(-1)!.at(-1)!.start);
    const after = lineEnd !== -1 && lineEnd < end ? inParagraphs(view, lineEnd + 1, end, markers, rules, headed) : [];
    return [
      ...before,
      ...opening.map((run, r) => {
        const next = opening[r + 1]?.[0].start;
        // The paragraph before the next run is its lead-in, unless it is this run's last point (`三是…` ⏎ `一要…`).
        const before =
          next === undefined ? (after.length > 0 ? lineEnd : end) : lineBefore(view, lineStart(view, next), start);
        const stop = next === undefined ? end : before > run.at(-1)!.start ? before : lineStart(view, next) - 1;
        const from = r === 0 ? start : opening[r - 1].at(-1)!.end;
        return withLeadIn(view, from, run, stop, rules);
      }),
      ...after,
    ];
  }
  return inParagraphs(view, start, end, markers, rules, headed);
}

/** `此外,` opening a paragraph, and the short sentence after it that states a point (a longer one explains the point before). */
const FURTHER = /^[ \t\u3000]*此外[，,]\s*([^。！？!?\n]{2,30})[。！？!?]/;

/**
 * A run of `首先…其次…` paragraphs with the paragraphs opening `此外,` among or right after its points
 * from the second on (`首先,…` ⏎ `其次,…` ⏎ `此外,人员素质参差不齐…` ⏎ `最后,…`), where the sentence
 * after `此外` reads, by its wording, as the role the points read as: a further point, not a remark.
 */
function withFurther(view: string, run: Marker[], end: number, rules: RunRules): Marker[] {
  if (!run[0].text.startsWith('首先') || run.length < 2) return run;
  const firstSentence = (at: number) => view.slice(at, lineAt(view, at).end).split(/[。！？!?]/)[0];
  // The role two or more points read as, and no point another.
  const roles = run.map((m) => inferRole(firstSentence(m.end), rules.itemWording)?.role).filter((r) => r !== undefined);
  const role = roles.length >= 2 && roles.every((r) => r === roles[0]) ? roles[0] : undefined;
  if (!role) return run;
  const after = lineAt(view, run[1].start).next;
  if (after === -1) return run;
  const further: Marker[] = [];
  // The paragraphs after the second point's, to the first other one after the last point's.
  for (let line = lineAt(view, after); line.start < end; line = lineAt(view, line.next)) {
    const text = view.slice(line.start, line.end);
    const m = FURTHER.exec(text);
    if (m && inferRole(m[1], rules.itemWording)?.role === role) {
      const at = line.start + text.search(/\S/);
      further.push({ family: 'inline', ordinal: 0, text: '此外', start: at, end: at + 2 });
    } else if (line.start > run.at(-1)!.start && text.trim() !== '') break;
    if (line.next === -1) break;
  }
  return further.length > 0 ? [...run, ...further].sort((a, b) => a.start - b.start) : run;
}

/** The runs inside single paragraphs of `[start, end)` (see `enumerationRuns`). */
function inParagraphs(
  view: string,
  start: number,
  end: number,
  markers: readonly Marker[],
  rules: RunRules,
  headed: boolean,
): Run[] {
  const runs: Run[] = [];
  for (let p = start; p < end; ) {
    const newline = view.indexOf('\n', p);
    const stop = newline === -1 || newline > end ? end : newline;
    const inside = markers.filter((m) => m.start >= p && m.start < stop);
    // A paragraph that is itself a numbered point (`第三,作用得到发挥。一是…`) reads as one by its wording, not its run.
    const point = inside.length > 0 && opensLine(view, inside[0].start);
    // Only a lead-in that announces a list (`存在以下问题：`), or the heading of a run that opens the
    // paragraph, makes a run in a paragraph the items, not its sub-points.
    for (const run of splitRuns(inside)) {
      // A run glued to its heading (`今后的打算一是…`) opens the section's text as one on a line of its own does.
      const opens = opensLine(view, run[0].start) || run[0].start === start;
      // A run opening its paragraph may be announced at the end of the one before (`…存在以下问题。` ⏎ `一是…`).
      const from = opens && p > start ? lineBefore(view, p, start) : p;
      const announced = announces(view, from, run[0].start, rules, !headed && (opens || !point));
      if ((headed && opens) || announced) runs.push(withLeadIn(view, from, run, stop, rules));
    }
    // A text cut short after the first point of an announced list (`存在以下三个方面的问题：一是…` and no more),
    // or of one opening its paragraph under a heading naming its role (`一、…存在的问题` ⏎ `一是…` and no more).
    const last = inside.at(-1);
    if (stop === end && last?.ordinal === 1 && !runs.some((r) => r.points.some((q) => q.marker === last))) {
      const cut = withLeadIn(view, p, [last], stop, rules);
      if (cut.announced || (headed && opensLine(view, last.start))) runs.push(cut);
    }
    p = stop + 1;
  }
  return runs;
}

function withLeadIn(view: string, from: number, run: Marker[], stop: number, rules: RunRules): Run {
  const points = run.map((marker, i) => ({ marker, end: run[i + 1]?.start ?? stop }));
  const clause = leadInClause(view, from, run[0].start, rules);
  const announced = leadInRole(clause, rules);
  // A lead-in announcing nothing names its points by a role word near its end, or by a deficiency it states
  // (`…党员参与活动的意识不足,…`), not by one it uses in passing (`党委坚持把巡察整改工作作为…任务`).
  const names =
    announced &&
    (said(clause, rules) ||
      closesOnCue(clause, announced.cue) ||
      rules.itemWording.problem.anywhere.includes(announced.cue));
  if (announced && names) return { points, announced };
  // So does a situation's word in its last clause (`取得的成绩可以归纳为:`), not one in passing before it
  // (`…滞后于形势发展的需要,给社区党的建设带来了“三难”:`).
  const named = headingRole(clause.split(/[，,]/).at(-1)!, rules.roleCues);
  return named.role === 'context' ? { points, situation: named.cue } : { points };
}

/**
 * The item role a lead-in before `at` (from `from`) names, when it announces
 * a list: it ends with a colon or holds one of `leadIns` (`主要原因是:(一)…`,
 * not `…并提出相应的对策。` ⏎ `一、…`).
 */
export function announcedBefore(
  view: string,
  from: number,
  at: number,
  rules: RunRules,
): { role: ItemRole; cue: string } | undefined {
  const clause = leadInClause(view, from, at, rules);
  return said(clause, rules) ? leadInRole(clause, rules) : undefined;
}

/** Whether a lead-in clause announces a list: it ends with a colon or holds one of `leadIns`. */
function said(clause: string, rules: RunRules): boolean {
  return /[：:]$/.test(clause) || rules.leadIns.some((w) => clause.includes(w));
}

/** Longest stretch after a lead-in's role word that still leaves it naming the points (`…的问题比较突出`). */
const AFTER_CUE = 8;

/** Whether a lead-in's role word (`针对…问题`: its last word) stands near the clause's end (`…存在的主要问题`). */
function closesOnCue(clause: string, cue: string): boolean {
  const word = cue.split('…').at(-1)!;
  const at = clause.lastIndexOf(word);
  return at !== -1 && clause.slice(at + word.length).replace(/[\s，,。；;：:！？!?]/g, '').length <= AFTER_CUE;
}

/** The last clause before `at` (from `from`, at most `LEAD_IN` characters back), read for what it announces. */
function leadInClause(view: string, from: number, at: number, rules: RunRules): string {
  const lead = view.slice(Math.max(from, at - LEAD_IN), at).replace(/[。\s]+$/, '');
  const clauses = lead.split(/[。！？!?；;\n]/);
  // A bare lead-in word (`比如，`) leans on the sentence before it (`存在一些问题。比如，一些…；一些…`).
  const bare = clauses.length > 1 && rules.leadIns.includes(clauses.at(-1)!.replace(/[，,：:\s]/g, ''));
  return withoutConsequence(clauses.at(bare ? -2 : -1) ?? '');
}

/** A clause telling what the thing named before it affects (`…的问题,影响了学习效果和整体成效`). */
const CONSEQUENCE = /^(?:影响|制约|阻碍|削弱|降低)/;

/** `clause` without its closing clauses of consequence: their words (`成效`) name what is affected, not what is listed. */
function withoutConsequence(clause: string): string {
  const parts = clause.split(/(?=[，,])/);
  while (parts.length > 1 && CONSEQUENCE.test(parts.at(-1)!.replace(/^[，,\s]+/, ''))) parts.pop();
  return parts.join('');
}

/**
 * The item role a lead-in clause names: its last role word, except that
 * problems after a verb that answers them (`针对这些问题，`) announce
 * countermeasures (not before one: `存在一些问题，需要加以解决。` opens a list of
 * problems as often as of countermeasures).
 */
function leadInRole(clause: string, rules: RunRules): { role: ItemRole; cue: string } | undefined {
  const found = headingRole(clause, rules.roleCues);
  if (!found.role || !ITEM_ROLES.has(found.role)) return undefined;
  const before = clause.slice(0, clause.lastIndexOf(found.cue!));
  const verb = rules.answering.find((w) => before.includes(w));
  if (verb && found.role !== 'countermeasure') return { role: 'countermeasure', cue: `${verb}…${found.cue}` };
  // `本文将探讨这些问题，并提出相应的对策。`: a lead-in naming a pair announces neither; its points are read by their wording.
  if (!verb && namesPair(clause, found.role, found.cue!, rules.roleCues)) return undefined;
  return { role: found.role as ItemRole, cue: found.cue! };
}

/**
 * Whether the clause before `at` (from `from`) announces a list: it ends with
 * a colon, or holds one of `leadIns`, a word naming an item role
 * (`…的不足作了剖析。一是…`) or, where no heading names the role (`byWording`),
 * wording that reads as one (`工作很不适应。一是…`).
 */
function announces(view: string, from: number, at: number, rules: RunRules, byWording: boolean): boolean {
  const clause = view.slice(from, at).replace(/[。\s]+$/, '');
  if (/[：:]$/.test(clause)) return true;
  const last = clause.split(/[。！？!?；;]/).at(-1) ?? '';
  const role = headingRole(last, rules.roleCues).role;
  return (
    rules.leadIns.some((w) => last.includes(w)) ||
    (role !== undefined && ITEM_ROLES.has(role)) ||
    (byWording && inferRole(last, rules.itemWording) !== undefined)
  );
}

/**
 * Runs 1, 2, 3… of at least two markers (a closing `最后` may end one); a new 1 after two starts another.
 * A marker at `opensText`, where the text begins, may open a run at any number: a page that begins mid-list
 * (`四是…` ⏎ `五是…`, its first page elsewhere).
 * A run that a new 1 interrupts and that goes on after the new run (`一是底数难摸清。主要表现在两个方面,一是…二是…。
 * 二是管理不规范。`) holds the new run as its point's sub-points: only the outer run is returned.
 */
export function splitRuns(markers: readonly Marker[], opensText?: number): Marker[][] {
  const continues = (run: Marker[], m: Marker) =>
    m.ordinal === run[0].ordinal + run.length || (m.ordinal === 99 && run.length >= 2);
  // Open runs, each (after the first) begun inside the last point of the one before it.
  let open: Marker[][] = [];
  for (const m of markers) {
    const level = open.findLastIndex((run) => continues(run, m));
    if (level !== -1) {
      open = open.slice(0, level + 1);
      open[level].push(m);
    } else if (m.ordinal === 1 || (m.start === opensText && m.ordinal !== 99)) open.push([m]);
  }
  return open.filter((run) => run.length >= 2);
}

/**
 * A first point after its lead-in's sentence, in the lead-in's paragraph, whose second point opens the next
 * (`…主要存在于几个方面。首先，…` ⏎ `其次，…`): the run is one of paragraphs.
 */
function leadsParagraphs(view: string, m: Marker, next: Marker | undefined): boolean {
  if (m.ordinal !== 1 || next?.ordinal !== 2 || !opensLine(view, next.start)) return false;
  let at = m.start;
  while (at > 0 && /[ \t\u3000]/.test(view[at - 1])) at--;
  return '。！？!?：:'.includes(view[at - 1] ?? '');
}

/** Whether `at` follows a sentence's end and a space: a paragraph whose line break a page lost (`…命脉。 第二,`). */
function gluedParagraph(view: string, at: number): boolean {
  return at >= 2 && /\s/.test(view[at - 1]) && '。！？!?'.includes(view[at - 2]);
}

/** The start of the last line with text on it before the line starting at `at` (blank lines passed over), not before `start`. */
function lineBefore(view: string, at: number, start: number): number {
  let end = at - 1;
  while (end > start && /\s/.test(view[end - 1])) end--;
  return Math.max(start, lineStart(view, end));
}
