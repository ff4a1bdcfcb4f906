import { inferRole, opensWithAction } from './infer.ts';
import { headingWithMarker } from './sections.ts';
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
 * Every part of the list must read as an action; a list closed by `等`
 * (`加强管理、提高教育等方面的努力`) only sums up. The role is inferred,
 * with the words that read as actions.
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
      const actions = partsOf(m[0], list, input);
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

/** The leaf sections of `nodes`, each with its path of headings. */
function leaves(nodes: readonly OutlineNode[], path: string[]): { node: OutlineNode; path: string[] }[] {
  return nodes.flatMap((node) => {
    const here = [...path, headingWithMarker(node)];
    return node.children.length > 0 ? leaves(node.children, here) : [{ node, path: here }];
  });
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

/** The actions of the list at `list` in `sentence`, split at `、`, commas and at `和` before an action; none unless every part reads as one. */
function partsOf(
  sentence: string,
  list: Span,
  input: ItemsInput,
): { span: Span; words: string[]; margin: number }[] | undefined {
  const text = sentence.slice(list.start, list.end);
  if (/等[^、，,]{0,8}$/.test(text)) return undefined;
  const spans: Span[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const cut =
      i === text.length ||
      /[、，,；;]/.test(text[i]) ||
      (/[和及]/.test(text[i]) && opensWithAction(text.slice(i + 1), input.rules.itemWording));
    if (!cut) continue;
    spans.push({ start: from, end: i });
    from = i + 1;
  }
  if (spans.length < MIN_ACTIONS) return undefined;
  const out: { span: Span; words: string[]; margin: number }[] = [];
  for (const s of spans) {
    const part = text.slice(s.start, s.end).trim();
    const read = inferRole(part, input.rules.itemWording);
    if (part.length > MAX_ACTION || read?.role !== 'countermeasure') return undefined;
    const lead = text.slice(s.start).length - text.slice(s.start).trimStart().length;
    const start = list.start + s.start + lead;
    out.push({
      span: { start, end: start + part.length },
      words: read.evidence.words ?? [],
      margin: read.evidence.margin ?? 0,
    });
  }
  return out;
}
