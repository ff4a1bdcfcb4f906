/** How an item's heading is written (own line, run in, glued to its text), where most hard forms arise. */
import { gluedHeadingOk } from '../text.ts';
import type { ArticleWriter } from './writer.ts';

/** Own-line headings longer than this end with `。`, as the sample's do. */
const LONG_HEADING = 40;

/**
 * An item's heading and the start of its text, the heading written one of
 * the ways the sample does: on a line of its own; run in, ended by `。`
 * (`(一)标题。正文`); or glued straight to the text (篇二: `…的思维方式目前,…`),
 * where only a heading-final word meeting a body-opening word marks the end.
 */
export function itemHead(w: ArticleWriter, marker: string, title: string, first: string | undefined): void {
  let text = first;
  // Inline points right after a glued heading lose their first marker (known failure: no boundary before `一是`).
  const pointsFirst = (t: string) => /^(?:[一二三四五六七八九十][是要]|第[一二三四五六七八九十]|首先)/.test(t);
  // In a traditional source the simplified view may not give back the opener (`隨著` → `随著`, not `随着`): known failure.
  const glueable = (t: string | undefined) =>
    t !== undefined && gluedHeadingOk(title, t, w.rules) && (w.hardForms || (!pointsFirst(t) && !w.traditional));
  if (!glueable(text) && first !== undefined && w.rng.chance(0.3)) {
    const opening = w.roleSentences(w.currentRole).filter((s) => glueable(s));
    if (opening.length) text = w.rng.pick(opening) + first;
  }
  const r = w.rng.next();
  if (glueable(text) && (r < 0.15 || (w.glued && r < 0.4))) {
    w.para(`${marker}${title}${text}`, marker.length + title.length);
    w.format.push('heading:glued');
    if (pointsFirst(text!)) w.format.push('hard:glued-heading-before-inline-points');
    if (w.traditional) w.format.push('hard:glued-heading-in-traditional-text');
  } else if (w.glued || (w.canRunIn(title) && r < 0.5)) {
    w.para(`${marker}${title}。${first ?? ''}`, marker.length + title.length + 1);
    w.format.push('heading:run-in');
  } else {
    ownLineHeading(w, marker, title);
    if (first !== undefined) w.para(first);
    w.format.push('heading:own-line');
  }
}

/**
 * `(一)标题` on a line of its own; long ones end with `。`, as the sample's
 * do. A title a run-in reading would cut (`能力建设不够|健全`) is the
 * analyzer's known failure on its own line: it gets its `。` (a short
 * sentence is always the whole heading) unless known failures are wanted.
 */
function ownLineHeading(w: ArticleWriter, marker: string, title: string): void {
  let stop = w.rng.chance(0.2) ? '。' : '';
  if (title.length > LONG_HEADING) {
    // Longer than a heading line can be recognised without its `。` (known failure).
    stop = w.hardForms ? '' : '。';
    if (w.hardForms) w.format.push('hard:long-own-line-heading');
  }
  if (w.cut(title) !== -1) {
    stop = w.hardForms ? '' : '。';
    if (w.hardForms) w.format.push('hard:own-line-heading-cut');
  }
  w.push(`${marker}${title}${stop}`, 'heading');
}
