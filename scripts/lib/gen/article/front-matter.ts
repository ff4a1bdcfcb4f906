/** What precedes an article's body: title lines, author lines, a CNKI record card or a journal masthead. */
import { abstract, affiliation, JOURNALS, keywords, names } from './biblio.ts';
import { inferRole } from '../../../../src/analyzer/source/outline/infer.ts';
import type { ItemRole } from '../text.ts';
import type { ArticleWriter } from './writer.ts';

/** One of the sample's openings, picked by weight. */
export function writeFrontMatter(w: ArticleWriter): void {
  const title = w.title();
  const r = w.rng.next();
  if (r < 0.45) {
    w.push(title, 'title');
    w.format.push('meta:title');
  } else if (r < 0.55) {
    // The site's document title, then the article's own (篇三).
    const other = w.rng.pick(w.pool.titles.filter((t) => t !== title));
    w.push(other, 'title');
    w.push(title, 'title');
    w.format.push('meta:two-titles');
  } else if (r < 0.65) {
    w.push(title, 'title');
    if (w.rng.chance(0.3)) {
      // One name typeset with spaces between its characters (`毕 伟 强`).
      const name = names(w.rng, 1)[0];
      const gap = name.length === 2 ? '  ' : ' ';
      w.push([...name].join(gap), 'meta');
      w.metadata.authors = [name];
      w.format.push('meta:spaced-name');
    } else {
      const authors = names(w.rng, w.rng.int(1, 3));
      w.push(authors.join(w.rng.pick([',', '，', '、'])), 'meta');
      w.metadata.authors = authors;
    }
    w.format.push('meta:author-line');
  } else if (r < 0.82) {
    card(w, title);
  } else {
    journal(w, title);
  }
}

/** A CNKI-style record card after the title (`【作者】…【中图分类号】`). */
function card(w: ArticleWriter, title: string): void {
  w.push(title, 'title');
  const authors = names(w.rng, w.rng.int(1, 2));
  w.push(`【作者】${authors.join(';')}`, 'meta');
  w.push(`【作者单位】${affiliation(w.rng)}`, 'meta');
  w.push(`【摘要】${abstract(w.rng, title)}`, 'meta');
  const words = keywords(w.rng);
  w.push(`【关键词】${words.join(';')}`, 'meta');
  const clc = w.rng.pick(['D267', 'D267.6', 'D26', 'D262.2']);
  w.push(`【中图分类号】${clc}`, 'meta');
  Object.assign(w.metadata, { authors, keywords: words, clc: [clc] });
  w.format.push('meta:card');
}

/** A journal masthead, title, authors, then `摘要:` `关键词:` `中图分类号:` lines; back matter follows the body. */
function journal(w: ArticleWriter, title: string): void {
  const journal = w.rng.pick(JOURNALS);
  const year = w.rng.int(2005, 2023);
  const issue = w.rng.int(1, 12);
  w.push(`${journal}${year}年第${issue}期`, 'meta');
  w.push(title, 'title');
  const authors = names(w.rng, w.rng.int(1, 3));
  w.push(authors.join(','), 'meta');
  w.push(`摘要:${abstract(w.rng, title)}`, 'meta');
  const words = keywords(w.rng);
  w.push(`关键词:${words.join(';')}`, 'meta');
  const clc = w.rng.pick(['D267', 'D267.6', 'D26']);
  w.push(`中图分类号:${clc}${w.rng.pick(['  ', ' ', ''])}文献标识码:A`, 'meta');
  Object.assign(w.metadata, { authors, journal, year, issue: String(issue), keywords: words, clc: [clc] });
  w.format.push('meta:masthead');
  w.backMatter = true;
}

/** 篇一: a record card and the site's excerpt notice; no body. */
export function writeAbstractOnly(w: ArticleWriter): void {
  const title = w.title();
  w.push(title, 'title');
  const authors = names(w.rng, 1);
  w.push(authors[0], 'meta');
  const journal = w.rng.pick(JOURNALS);
  const year = w.rng.int(2005, 2023);
  const issue = w.rng.int(1, 12);
  const first = w.rng.int(10, 200);
  w.push(`【期刊名称】《${journal}》`, 'meta');
  w.push(`【年(卷),期】${year}(000)${String(issue).padStart(3, '0')}`, 'meta');
  w.push(`【摘要】${(w.rng.chance(0.5) && listingAbstract(w)) || abstract(w.rng, title)}`, 'meta');
  w.push(`【总页数】${w.rng.int(1, 3)}页(P${first}-${first + w.rng.int(0, 2)})`, 'meta');
  w.push(`【作者】${authors[0]}`, 'meta');
  w.push(`【作者单位】${affiliation(w.rng)}`, 'meta');
  const clc = w.rng.pick(['D26', 'D267']);
  w.push(`【中图分类】${clc}`, 'meta');
  w.push(EXCERPT_NOTICE, 'notice');
  Object.assign(w.metadata, { authors, journal, year, issue: String(issue), clc: [clc] });
  w.format.push('abstract-only', 'meta:card', 'furniture:excerpt-notice');
}

/**
 * An abstract that lists its record's problems and countermeasures inline
 * (`…存在A、B、C等问题。…,要D、E、F。`, k-17, l-03): three short pool
 * titles of each, reading as their role by their own words and holding no
 * list mark, recorded as the record's items; none when the pool has too few.
 */
function listingAbstract(w: ArticleWriter): string | undefined {
  const fits = (t: string, role: ItemRole) =>
    t.length <= 16 &&
    !/[、，,；;。：:等]|存在|面临|出现|提出|包括|^(?:要|应|必须|需要)/.test(t) &&
    inferRole(t, w.rules.itemWording)?.role === role;
  const pick = (role: ItemRole) =>
    w.rng.sample(
      w.pool.items[role].filter((i) => fits(i.title, role)),
      3,
    );
  const problems = pick('problem');
  const measures = pick('countermeasure');
  if (problems.length < 3 || measures.length < 3) return undefined;
  for (const [role, list] of [
    ['problem', problems],
    ['countermeasure', measures],
  ] as const)
    for (const i of list) w.items.push({ role, title: i.title, subpoints: 0 });
  w.format.push('abstract:lists');
  const p = problems.map((i) => i.title).join('、');
  const m = measures.map((i) => i.title).join('、');
  return `当前工作中存在${p}等问题。文章认为,要${m}。`;
}

/** The site's notice that only an excerpt is shown. */
export const EXCERPT_NOTICE = '因版权原因,仅展示原文概要,查看原文内容请购买';
