import { inferRole, opensWithAction } from './infer.ts';
import type { Found, ItemsInput } from './items.ts';
import type { OutlineNode, Span } from '../../types.ts';

/** A clause naming the problem a point answers (`着力解决…的问题`, `着眼…的问题`), `…` its words. */
const ANSWERED = /^(?:着力|重点|切实|主要)?(解决|破解|针对|着眼于?)(.{2,40}?)的?(?:问题|难题)$/d;

/**
 * The two items of a numbered heading that names a countermeasure and the
 * problem it answers, in either order (`一、提高认识明确责任,着力解决党支部书记
 * 忽视做党务工作的问题`, `二、着眼…所管党员人数偏多的问题,应科学合理设置`):
 * the problem (its words in the heading) and the countermeasure (the section,
 * titled by its action), which answers it as the text states. None for any
 * other heading.
 */
export function pairHeading(node: OutlineNode, path: string[], input: ItemsInput): Found[] | undefined {
  if (!node.marker) return undefined;
  const { view } = input;
  const heading = view.slice(node.headingSpan.start, node.headingSpan.end).replace(/[\s。；;：:]+$/, '');
  const comma = heading.search(/[，,]/);
  if (comma === -1 || /[，,]/.test(heading.slice(comma + 1))) return undefined;
  const clauses: Span[] = [
    { start: 0, end: comma },
    { start: comma + 1, end: heading.length },
  ];
  const k = clauses.findIndex((c) => ANSWERED.test(heading.slice(c.start, c.end)));
  if (k === -1) return undefined;
  const action = clauses[1 - k];
  const words = heading.slice(action.start, action.end);
  if (
    !(
      opensWithAction(words, input.rules.itemWording) ||
      inferRole(words, input.rules.itemWording)?.role === 'countermeasure'
    )
  )
    return undefined;
  const m = ANSWERED.exec(heading.slice(clauses[k].start, clauses[k].end))!;
  const [from, to] = m.indices![2];
  const problemSpan = {
    start: node.headingSpan.start + clauses[k].start + from,
    end: node.headingSpan.start + clauses[k].start + to,
  };
  const actionSpan = { start: node.headingSpan.start + action.start, end: node.headingSpan.start + action.end };
  const base = node.headingSpan.start;
  const problem: Found = {
    role: 'problem',
    node,
    marker: '',
    titleSpan: problemSpan,
    // Its text is the whole clause (`着眼…的问题`): what the heading says of it.
    span: { start: base + clauses[k].start, end: base + clauses[k].end },
    path,
    subpoints: [],
    evidence: { source: 'heading', cue: '问题' },
  };
  const answer: Found = {
    role: 'countermeasure',
    node,
    marker: node.marker.text,
    titleSpan: actionSpan,
    span: node.span,
    path,
    subpoints: [],
    evidence: { source: 'heading', cue: m[1] },
    answers: problem,
  };
  return [problem, answer];
}
