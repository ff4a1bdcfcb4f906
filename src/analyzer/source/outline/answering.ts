import { inferRole, opensWithAction } from './infer.ts';
import { leaves } from './sections.ts';
import type { Found, ItemsInput } from './items.ts';
import type { OutlineNode, Span } from '../../types.ts';

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
      const list = listOf(m[0], input);
      if (!list) continue;
      const actions = actionParts(m[0], list, input.rules.itemWording);
      if (!actions) continue;
      // The item sits in the problem whose section holds the sentence, if any, else in its own section.
      const holder = found.find((f) => f.span.start <= m!.index && m!.index < f.span.end);
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
      (i) => text[i] === '、' || (/[和及]/.test(text[i]) && opensWithAction(text.slice(i + 1, clause.end), wording)),
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
