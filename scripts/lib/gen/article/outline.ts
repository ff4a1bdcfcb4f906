/** An article's body outline: `问题一:` blocks (篇四), or numbered sections of problems, causes and countermeasures. */
import { COMBINED_SUB } from '../pool.ts';
import { chineseNumeral, type ItemRole } from '../text.ts';
import { labelledItem, numberedItems, paragraphItems, runItems } from './items.ts';
import { ITEM_STYLES, ROLE_LINE, SECTION_STYLES, SUB_STYLES, type Numbering } from './numbering.ts';
import type { ArticleWriter } from './writer.ts';

const CONTEXT_HEADINGS = ['城市社区党建工作面临的新形势', '加强社区党建工作的重要意义', '社区党建工作的基本现状'];

/** 篇四: `问题一:…` blocks, each answered by an `整改措施:` block. */
export function writeLabelled(w: ArticleWriter): void {
  const n = w.rng.int(2, 5);
  const digits = w.rng.chance(0.3);
  const colon = w.rng.pick([':', '：']);
  const answer = w.rng.pick(['整改措施', '整改措施', '对策', '措施', '建议']);
  w.format.push(`numbering:问题${digits ? '1' : '一'}${colon}+${answer}${colon}`);
  for (let k = 1; k <= n; k++) {
    const problem = w.take('problem', 40);
    const measure = w.take('countermeasure', 60);
    if (!problem || !measure) break;
    const p = w.items.length;
    labelledItem(w, `问题${digits ? k : chineseNumeral(k)}${colon}`, problem);
    labelledItem(w, `${answer}${colon}`, measure);
    w.pairs.push([p, p + 1]);
  }
  conclusion(w, false);
}

/** Numbered sections: context?, problems, causes?, countermeasures, conclusion?. */
export function writeNumbered(w: ArticleWriter): void {
  // 篇二: the PDF lost its line breaks, so the sections run on in one line. A heading is
  // then followed straight by the next marker, which must not need a sentence boundary before
  // it: items are numbered (一), and the article has no combined section (its subsections' items
  // would follow a heading directly).
  w.glued = w.rng.chance(0.1);
  // As in many texts of the genre: the role sections open with unnumbered lines (`存在的问题` ⏎ `1、…`).
  const lines = !w.glued && w.rng.chance(0.12);
  const section = lines ? ROLE_LINE : w.rng.pick(SECTION_STYLES);
  const itemStyle = w.rng.pick(w.glued ? ITEM_STYLES.filter((s) => s.family === 'cn-paren') : ITEM_STYLES);
  w.format.push(`numbering:${section.name}`, `numbering:${itemStyle.name}`);
  const from = w.blocks.length;
  let n = 0;
  if (!w.glued && !lines && w.pool.contexts.length >= 2 && w.rng.chance(0.15))
    contextSection(w, section.render(++n), itemStyle);

  // Not under unnumbered lines: a line between two lists of one section's subsections heads nothing (known failure).
  const combined = !w.glued && !lines && w.rng.chance(0.12);
  if (combined) {
    combinedSection(w, section.render(++n), itemStyle);
  } else {
    const paragraphs = !w.glued && w.rng.chance(0.2);
    roleSection(w, 'problem', section.render(++n), itemStyle, paragraphs);
    if (w.rng.chance(0.5)) {
      roleSection(w, 'cause', section.render(++n), sometimesOther(w, itemStyle), !w.glued && w.rng.chance(0.1));
    }
  }
  roleSection(w, 'countermeasure', section.render(++n), sometimesOther(w, itemStyle), false);
  if (w.glued) glue(w, from);
  if (!lines && w.rng.chance(0.15)) {
    w.push(`${section.render(++n)}${w.rng.pick(['结语', '结束语', '结论'])}`, 'heading');
    conclusion(w, true);
    w.format.push('conclusion:section');
  } else {
    conclusion(w, false);
  }
}

function sometimesOther(w: ArticleWriter, style: Numbering): Numbering {
  return w.rng.chance(0.15) ? w.rng.pick(ITEM_STYLES.filter((s) => s.family === style.family)) : style;
}

function conclusion(w: ArticleWriter, always: boolean): void {
  if (!always && !w.rng.chance(0.4)) return;
  w.para(w.rng.pick(w.pool.conclusions));
  if (!always) w.format.push('conclusion:paragraph');
}

/** A context section with numbered subsections (no items: 篇七's 面临的新形势). */
function contextSection(w: ArticleWriter, marker: string, style: Numbering): void {
  w.push(`${marker}${w.rng.pick(CONTEXT_HEADINGS)}`, 'heading');
  const subs = w.rng.sample(w.pool.contexts, w.rng.int(2, Math.min(3, w.pool.contexts.length)));
  subs.forEach((c, i) => {
    w.push(`${style.render(i + 1)}${c.heading}`, 'heading');
    for (const p of c.paragraphs) w.para(p);
  });
  w.format.push('section:context');
}

/** `一、…问题及原因` holding `(一)…问题` and `(二)…原因`, each with numbered items (篇五). */
function combinedSection(w: ArticleWriter, marker: string, style: Numbering): void {
  w.push(`${marker}${w.rng.pick(w.pool.combinedHeadings)}`, 'heading');
  const inner = w.rng.pick(SUB_STYLES.filter((s) => s.family === 'arabic'));
  const parenStyle = style.family === 'cn-paren' ? style : ITEM_STYLES[w.rng.int(0, 1)];
  (['problem', 'cause'] as const).forEach((role, i) => {
    w.push(`${parenStyle.render(i + 1)}${w.rng.pick(COMBINED_SUB[role])}`, 'heading');
    numberedItems(w, role, inner, false);
  });
  w.format.push('section:problems+causes', `numbering:${parenStyle.name}>${inner.name}`);
}

function roleSection(w: ArticleWriter, role: ItemRole, marker: string, style: Numbering, paragraphs: boolean): void {
  w.push(`${marker}${w.rng.pick(w.pool.headings[role])}`, 'heading');
  if (!w.glued && w.rng.chance(0.3) && w.pool.leadIns[role].length) w.para(w.rng.pick(w.pool.leadIns[role]));
  if (paragraphs) paragraphItems(w, role);
  else if (!w.glued && marker !== '' && w.rng.chance(0.06)) areaItems(w, role, style);
  else if (!w.glued && w.rng.chance(0.08)) runItems(w, role);
  // Answers labelled under items (`破解策略:`) not under unnumbered lines, which such labels resemble (known failure).
  else numberedItems(w, role, style, true, role === 'problem' && !w.glued && marker !== '' && w.rng.chance(0.08));
}

/** Areas a section's items are grouped by (`（一）思想建设方面` ⏎ `1.…` ⏎ `2.…`), as in inspection reports (o-14). */
const AREAS = ['思想建设', '组织建设', '作风建设', '制度建设', '队伍建设', '阵地建设'];

/** The section's items in two or three areas, each a `…方面` heading over numbered items (the items). */
function areaItems(w: ArticleWriter, role: ItemRole, style: Numbering): void {
  const parenStyle = style.family === 'cn-paren' ? style : ITEM_STYLES[w.rng.int(0, 1)];
  const inner = w.rng.pick(SUB_STYLES.filter((s) => s.family === 'arabic'));
  let written = 0;
  for (const area of w.rng.sample(AREAS, w.rng.int(2, 3))) {
    const blocks = w.blocks.length;
    const items = w.items.length;
    w.push(`${parenStyle.render(written + 1)}${w.rng.chance(0.5) ? '在' : ''}${area}方面`, 'heading');
    numberedItems(w, role, inner, false);
    // An area holds two items at least (one alone is read as the area's point): the pool ran short, the area goes.
    if (w.items.length - items >= 2) written++;
    else {
      w.blocks.length = blocks;
      w.items.length = items;
    }
  }
  if (written > 0) w.format.push('section:areas', `numbering:${parenStyle.name}>${inner.name}`);
}

/** Run the blocks from `from` on into one line, each heading protected up to its first `。`. */
function glue(w: ArticleWriter, from: number): void {
  const parts = w.blocks.splice(from);
  let text = '';
  const protect: [number, number][] = [];
  for (const b of parts) {
    const at = text.length;
    text += b.text;
    if (b.kind === 'heading' || (b.safeFrom !== undefined && b.safeFrom > 0) || b.safeFrom === undefined) {
      const stop = text.indexOf('。', at);
      protect.push([at, stop === -1 ? text.length : stop + 1]);
    }
  }
  w.blocks.push({ text, kind: 'body', safeFrom: Math.min(protect[0]?.[1] ?? 0, text.length), protect });
  w.format.push('layout:glued-sections');
}
