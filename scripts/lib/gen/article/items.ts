/** The items of a section: labelled blocks, numbered subsections (with sub-items or inline points), `一是` paragraphs. */
import type { PoolItem } from '../pool.ts';
import { chineseNumeral, type ItemRole } from '../text.ts';
import { itemHead } from './headings.ts';
import { INLINE_STYLES, SUB_STYLES, type InlineStyle, type Numbering } from './numbering.ts';
import { RUN_IN_MAX, type ArticleWriter } from './writer.ts';

/** `问题一:标题。正文` run in when the title is short, else the label and title on a line of their own. */
export function labelledItem(w: ArticleWriter, label: string, item: PoolItem): void {
  const body = flatBody(w, item, 1, 2);
  if (item.title.length <= RUN_IN_MAX || (w.canRunIn(item.title) && w.rng.chance(0.3))) {
    w.para(`${label}${item.title}。${body[0]}`, label.length + item.title.length + 1);
    for (const p of body.slice(1)) w.para(p);
  } else {
    w.push(`${label}${item.title}。`, 'heading');
    for (const p of body) w.para(p);
  }
  w.items.push({ role: item.role, title: item.title, subpoints: 0 });
}

/** The label a line of its own gives the countermeasures that answer one problem, and the bullets after it. */
const ANSWER_LABELS = ['破解策略:', '对策:', '应对措施：', '整改措施：'];

/**
 * Items as numbered subsections of a role section. With `answered`, each problem is followed by a
 * label line of its own (`破解策略:`) and one or two bulleted countermeasures that answer it.
 */
export function numberedItems(
  w: ArticleWriter,
  role: ItemRole,
  style: Numbering,
  allowSub: boolean,
  answered = false,
): void {
  const count = itemCount(w, role);
  const subStyles = SUB_STYLES.filter((s) => s.family !== style.family);
  for (let k = 1; k <= count; k++) {
    const item = w.take(role, w.glued ? 40 : 48, w.glued);
    if (!item) break;
    const marker = style.render(k);
    const r = w.rng.next();
    let subpoints = 0;
    if (allowSub && r < 0.12) {
      // Numbered sub-items under the item (篇六's 1、…4、).
      const sub = w.rng.pick(subStyles);
      itemHead(w, marker, item.title, w.rng.chance(0.5) ? flatBody(w, item, 1, 1)[0] : undefined);
      subpoints = w.rng.int(2, 4);
      const lines = w.rng.sample(w.subSentences(role), subpoints);
      lines.forEach((s, i) => w.para(`${sub.render(i + 1)}${s}`, sub.render(i + 1).length + s.length));
      w.format.push(`subitems:${sub.name}`);
    } else if (r < 0.3) {
      // Inline points inside the item's text (篇七, 篇八).
      const inline = w.rng.pick(INLINE_STYLES);
      subpoints = w.rng.int(2, 4);
      itemHead(w, marker, item.title, inlineBody(w, role, subpoints, inline));
      w.format.push(`inline:${inline.name}`);
    } else {
      const body = flatBody(w, item, 1, 2);
      itemHead(w, marker, item.title, body[0]);
      for (const p of body.slice(1)) w.para(p);
    }
    w.items.push({ role, title: item.title, subpoints });
    if (answered && subpoints === 0) answers(w, w.items.length - 1);
  }
  if (answered) w.format.push('labelled:answers-under-items');
}

/** `破解策略:` on a line of its own, then `- 对策。` lines: countermeasures paired with item `problem`. */
function answers(w: ArticleWriter, problem: number): void {
  const label = w.rng.pick(ANSWER_LABELS);
  const lines: string[] = [];
  for (let k = w.rng.int(1, 2); k > 0; k--) {
    const measure = w.take('countermeasure', 40);
    if (!measure) break;
    lines.push(`- ${measure.title}。`);
    w.items.push({ role: 'countermeasure', title: measure.title, subpoints: 0 });
    w.pairs.push([problem, w.items.length - 1]);
  }
  if (lines.length === 0) return;
  w.push(label, 'heading');
  for (const line of lines) w.push(line, 'heading');
  w.currentRole = 'problem';
}

/** Discourse ordinals opening an item's paragraph (首先，…其次，…最后，…), by position and count; 再者 may be the third. */
const DISCOURSE = ['首先，', '其次，', '再次，'];
const discourse = (k: number, count: number, third: string): string =>
  k === count && k > 2 ? '最后，' : k === 3 ? third : (DISCOURSE[k - 1] ?? `第${chineseNumeral(k)}，`);

/** A sentence before the first point, in its paragraph (`…主要存在于以下几个方面。首先，…` ⏎ `其次，…`). */
const PARAGRAPH_LEAD: Record<ItemRole, string> = {
  problem: '调研发现，问题主要存在于以下几个方面。',
  cause: '究其原因，主要有以下几个方面。',
  countermeasure: '对此，应从以下几个方面着手。',
};

/** 篇三: paragraphs opening `一是…`, `二是…` under a role heading; or, as texts of the genre do, `首先，…其次，…`. */
export function paragraphItems(w: ArticleWriter, role: ItemRole): void {
  const count = itemCount(w, role);
  const ordinals = w.rng.chance(0.4);
  const third = ordinals && w.rng.chance(0.5) ? '再者，' : DISCOURSE[2];
  const lead = ordinals && w.rng.chance(0.3) ? PARAGRAPH_LEAD[role] : '';
  for (let k = 1; k <= count; k++) {
    const item = w.take(role, RUN_IN_MAX);
    if (!item) break;
    const body = flatBody(w, item, 1, 2);
    const marker = ordinals ? discourse(k, count, third) : `${chineseNumeral(k)}是`;
    const before = k === 1 ? lead : '';
    w.para(`${before}${marker}${item.title}。${body[0]}`, before.length + marker.length + item.title.length + 1);
    for (const p of body.slice(1)) w.para(p);
    w.items.push({ role, title: item.title, subpoints: 0 });
  }
  w.format.push(ordinals ? 'numbering:首先-paragraphs' : 'numbering:一是-paragraphs');
  if (lead && count >= 2) w.format.push('numbering:lead-in-then-首先-paragraphs');
  if (third === '再者，' && count >= 4) w.format.push('numbering:再者');
}

/** The role word a lead-in names its list by (`存在以下问题：`). */
const LIST_LEAD: Record<ItemRole, string[]> = {
  problem: ['调研发现，主要存在以下问题：', '当前还存在一些不容忽视的问题，主要是：'],
  cause: ['究其原因，主要有以下几点：', '产生这些问题的原因如下：'],
  countermeasure: ['为此，提出以下对策：', '针对上述问题，建议采取以下措施：'],
};

/** One paragraph listing the items after a lead-in naming them: `存在以下问题：一是…；二是…。` */
export function runItems(w: ArticleWriter, role: ItemRole): void {
  const count = itemCount(w, role);
  const points: string[] = [];
  for (let k = 1; k <= count; k++) {
    const item = w.take(role, RUN_IN_MAX);
    if (!item) break;
    points.push(`${chineseNumeral(k)}是${item.title}`);
    w.items.push({ role, title: item.title, subpoints: 0 });
  }
  const lead = w.rng.pick(LIST_LEAD[role]);
  const text = `${lead}${points.join('；')}。`;
  // Not broken by the layout damage: a wrap before `二是` would open a line with it.
  w.para(text, text.length - 1);
  w.format.push('numbering:一是-run-after-lead-in');
}

function itemCount(w: ArticleWriter, role: ItemRole): number {
  return role === 'cause' ? w.rng.int(2, 4) : w.rng.int(2, 6);
}

/** The item's own paragraphs, or real sentences put together when it has none. */
function flatBody(w: ArticleWriter, item: PoolItem, min: number, max: number): string[] {
  // Glued text runs paragraph into paragraph: each must end with `。` for the next marker to stand after it.
  const own = item.paragraphs.filter((p) => !w.glued || p.endsWith('。'));
  if (own.length > 0) return own.slice(0, w.rng.int(min, Math.max(min, Math.min(max, own.length))));
  const n = w.rng.int(min, max);
  const from = w.roleSentences(item.role);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(w.rng.sample(from, w.rng.int(2, 4)).join(''));
  return out;
}

/** A lead sentence, then `一是…;二是…;三是…。` made of real sentences of the item's kind. */
function inlineBody(w: ArticleWriter, role: ItemRole, n: number, style: InlineStyle): string {
  const parts = w.rng.sample(w.subSentences(role), n).map((s) => s.slice(0, -1));
  const points = `${parts.map((s, i) => `${style.render(i + 1, i === n - 1)}${s}`).join('；')}。`;
  const lead = w.rng.chance(0.6) ? w.rng.pick(w.roleSentences(role)) : '';
  return lead + points;
}
