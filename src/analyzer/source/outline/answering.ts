import { inferRole, opensWithAction } from './infer.ts';
import { leaves } from './sections.ts';
import type { Found, ItemsInput } from './items.ts';
import { lineStart } from '../../text/spans.ts';
import type { OutlineNode, RoleEvidence, Span } from '../../types.ts';

/** Actions a sentence lists in answer: at least this many. */
const MIN_ACTIONS = 2;
/** Longest action of such a list: a longer clause is a sentence of its own. */
const MAX_ACTION = 40;

/**
 * Countermeasures one sentence lists in answer to the problems, in an
 * article that gives its problems and no countermeasure else:
 * `只有通过加强组织保障、提高活动实效性和完善考核评价机制,才能…`, or after a
 * clause answering them (`为解决这些现实问题,院党委将着手建立…,明确…,提升…`).
 * Every part of the list must read as an action (`actionParts`); the role
 * is inferred, with the words that read as actions.
 */
export function answeringLists(found: readonly Found[], nodes: readonly OutlineNode[], input: ItemsInput): Found[] {
  if (!found.some((f) => f.role === 'problem') || found.some((f) => f.role === 'countermeasure')) return [];
  const out: Found[] = [];
  for (const { node, path } of leaves(nodes, [])) {
    const sentence = /[^。！？!?\n]+/g;
    sentence.lastIndex = node.headingSpan.end;
    for (let m = sentence.exec(input.view); m !== null && m.index < node.span.end; m = sentence.exec(input.view)) {
      // The item sits in the problem whose section holds the sentence, if any, else in its own section.
      const holder = found.find((f) => f.span.start <= m!.index && m!.index < f.span.end);
      // Only a point of a paragraph list (`首先,…`) is answered, in its own paragraph; a section's text, or a
      // paragraph after the list, may close with what answers all the problems (`要解决这些问题,需要…`).
      // A paragraph of several points (`有的…;有的…。对此,…`) is answered as a whole.
      const paragraph = holder && lineStart(input.view, holder.span.start);
      const point =
        holder?.role === 'problem' &&
        holder.span.start >= holder.node.headingSpan.end &&
        lineStart(input.view, m.index) === paragraph &&
        !found.some((f) => f !== holder && lineStart(input.view, f.span.start) === paragraph);
      const answer = point ? answerTo(m[0], input) : undefined;
      if (answer) {
        const at = { start: m.index + answer.span.start, end: m.index + answer.span.end };
        const evidence: RoleEvidence = { source: 'heading', cue: answer.cue };
        out.push({
          ...holder!,
          role: 'countermeasure',
          marker: '',
          titleSpan: at,
          span: at,
          subpoints: [],
          evidence,
          answers: holder,
        });
        continue;
      }
      const list = listOf(m[0], input);
      if (!list) continue;
      const actions = actionParts(m[0], list, input.rules.itemWording);
      if (!actions) continue;
      for (const { span, words, margin } of actions) {
        const at = { start: m.index + span.start, end: m.index + span.end };
        out.push({
          role: 'countermeasure',
          node: holder?.node ?? node,
          marker: '',
          titleSpan: at,
          span: at,
          path: holder?.path ?? path,
          subpoints: [],
          evidence: { source: 'inferred', words, margin },
        });
      }
    }
  }
  return out;
}

/** Words pointing back at the one problem a point just stated (`这一问题`, `这种情况`, `此`), not at several (`这些问题`). */
const ANAPHOR = /这(?!些)|此|该/;
/** A remedy's opening modal (`可以通过…`, `需要建立…`) or `建议`, which name what to do whatever follows. */
const REMEDY_OPENING = /^(?:可以|可|需要|应该|应当|应|要|必须|建议)/;

/**
 * The remedy a sentence inside a problem's point gives for it, in a paragraph that states a problem and
 * then answers it (`…缺乏主动参与的积极性。针对这一问题,可以通过建立健全激励机制,…`, `为此,需要…`,
 * `建议设立专门机构…`): the first clause after a lead answering `这一问题` (or `为此`, `对此`), or the
 * first clause of a sentence opening with `建议`, where it opens with a modal or reads as an action.
 */
function answerTo(sentence: string, input: ItemsInput): { span: Span; cue: string } | undefined {
  const text = sentence.trimStart();
  const skip = sentence.length - text.length;
  const comma = text.search(/[,，]/);
  const lead = comma === -1 ? '' : text.slice(0, comma);
  const answersIt =
    lead === '为此' || lead === '对此' || (ANAPHOR.test(lead) && input.rules.answering.some((w) => lead.includes(w)));
  const from = answersIt ? comma + 1 : text.startsWith('建议') ? 0 : -1;
  if (from === -1) return undefined;
  const clause = text
    .slice(from)
    .split(/[,，；;]/)[0]
    .trim();
  // `要在以下方面用力` announces what follows; it is no remedy itself.
  if (clause.length < 4 || clause.length > MAX_ACTION || input.rules.leadIns.some((w) => clause.includes(w)))
    return undefined;
  if (!REMEDY_OPENING.test(clause) && inferRole(clause, input.rules.itemWording)?.role !== 'countermeasure')
    return undefined;
  const start = skip + text.indexOf(clause, from);
  return { span: { start, end: start + clause.length }, cue: answersIt ? lead : '建议' };
}

/** Where in `sentence` the list answering the problems is: between `只有通过` and `才能`, or after a clause answering them. */
function listOf(sentence: string, input: ItemsInput): Span | undefined {
  const only = /只有通过(.+?)[,，]?才(?:能|可能|可以)/.exec(sentence);
  if (only) return { start: only.index + 4, end: only.index + 4 + only[1].length };
  const comma = sentence.search(/[,，]/);
  if (comma === -1) return undefined;
  const lead = sentence.slice(0, comma);
  const answers = input.rules.answering.some((w) => lead.includes(w));
  const problems = input.rules.roleCues.problem.some((w) => lead.includes(w));
  return answers && problems ? { start: comma + 1, end: sentence.length } : undefined;
}

/** Longest words before `和` that are a verb alone, with its adverb (`切实搞好`), not an action with its object. */
const VERB_ALONE = 4;

/** An action of a list, with the words of it that read as an action and how sure (`inferRole`). */
export interface ActionPart {
  span: Span;
  words: string[];
  margin: number;
}

/**
 * The actions the list at `list` in `text` holds, none unless every one reads as an action: split at
 * commas and semicolons, and a piece further at `、` and at `和` before an action where every part of it
 * reads as one (`优化…、建立…,推动…`; not `打造法治化、创新化…的组织体系`). A closing `等` is no part;
 * a list summing up directions (`…等方面的努力`) holds none.
 */
export function actionParts(
  text: string,
  list: Span,
  wording: ItemsInput['rules']['itemWording'],
): ActionPart[] | undefined {
  if (text.slice(list.start, list.end).includes('等方面')) return undefined;
  const reads = (s: Span) => {
    const part = text.slice(s.start, s.end).trim();
    const read = inferRole(part, wording);
    return part.length <= MAX_ACTION && read?.role === 'countermeasure' ? read.evidence : undefined;
  };
  const out: ActionPart[] = [];
  for (const clause of splitList(text, list, (i) => /[，,；;]/.test(text[i]))) {
    const pieces = splitList(
      text,
      clause,
      // Not after a verb alone (`切实搞好和改进党的建设`: two verbs of one object).
      (i) =>
        text[i] === '、' ||
        (/[和及]/.test(text[i]) &&
          i - clause.start > VERB_ALONE &&
          opensWithAction(text.slice(i + 1, clause.end), wording)),
    );
    for (const piece of pieces.length > 1 && pieces.every((p) => reads(p)) ? pieces : [clause]) {
      const evidence = reads(piece);
      if (!evidence) return undefined;
      const lead = text.slice(piece.start, piece.end).length - text.slice(piece.start, piece.end).trimStart().length;
      const start = piece.start + lead;
      out.push({
        span: { start, end: start + text.slice(start, piece.end).trim().length },
        words: evidence.words ?? [],
        margin: evidence.margin ?? 0,
      });
    }
  }
  return out.length >= MIN_ACTIONS ? out : undefined;
}

/** `span` of `text` cut where `at` says, a closing `等` (`等等`) left out; empty pieces dropped. */
export function splitList(text: string, span: Span, at: (i: number) => boolean): Span[] {
  const out: Span[] = [];
  let from = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i < span.end && !at(i)) continue;
    let end = i;
    if (i === span.end) while (end > from && text[end - 1] === '等') end--;
    if (text.slice(from, end).trim() !== '') out.push({ start: from, end });
    from = i + 1;
  }
  return out;
}
