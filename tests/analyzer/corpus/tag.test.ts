import { describe, expect, test } from 'vitest';
import { readYaml } from '../../../scripts/lib/data-file.ts';
import { codebookSchema, type Codebook } from '../../../src/analyzer/config/codebook.ts';
import { simplifiedView } from '../../../src/analyzer/text/chinese-script/index.ts';
import { tagArticleItems } from '../../../src/analyzer/corpus/tag/index.ts';
import { titleSpanOf } from '../../../src/analyzer/text/spans.ts';
import type { Item } from '../../../src/analyzer/types.ts';
import { analyzeSeed } from '../../analyze-helpers.ts';
import { tagItem } from '../../reference/tag-simple.ts';

/** Items no theme was given (未归类): what the codebook does not yet cover. */
const untagged = <T extends Pick<Item, 'themes'>>(items: readonly T[]): T[] =>
  items.filter((item) => item.themes.length === 0);

/** A codebook from plain objects, validated and normalised as the file is. */
function book(themes: unknown[], settings: Partial<Codebook['settings']> = {}): Codebook {
  return codebookSchema.parse({
    settings: { minScore: 1, titleFactor: 3, countCap: 3, maxThemes: 5, ...settings },
    themes: themes.map((t) => ({ name: '主题', definition: '定义', ...(t as object) })),
  });
}

const whole = (view: string) => ({ span: { start: 0, end: view.length } });

describe('tagItem', () => {
  test('sums weight × count; a title occurrence counts titleFactor times', () => {
    const view = '经费不足。活动经费短缺，经费少。';
    const codebook = book([{ id: 'funding', terms: [{ term: '经费', weight: 2 }] }]);
    expect(tagItem({ span: { start: 0, end: view.length }, titleSpan: { start: 0, end: 4 } }, view, codebook)).toEqual([
      {
        theme: 'funding',
        score: 2 * (3 + 1 + 1),
        evidence: [{ term: '经费', weight: 2, at: [0, 7, 12], inTitle: true }],
        source: 'auto',
      },
    ]);
    expect(tagItem(whole(view), view, codebook)[0].score).toBe(2 * 3);
  });

  test('only occurrences inside the span count', () => {
    const view = '经费。党员。经费';
    const codebook = book([{ id: 'funding', terms: ['经费'] }]);
    expect(tagItem({ span: { start: 3, end: 6 } }, view, codebook)).toEqual([]);
    expect(tagItem({ span: { start: 3, end: 8 } }, view, codebook)[0].evidence[0].at).toEqual([6]);
  });

  test('a term inside an exclude phrase does not count', () => {
    const view = '社会组织和党组织，组织生活';
    const codebook = book([{ id: 'org', terms: ['组织'], exclude: ['社会组织', '组织生活'] }]);
    const [tag] = tagItem(whole(view), view, codebook);
    expect(tag.evidence).toEqual([{ term: '组织', weight: 1, at: [6], inTitle: false }]);
    expect(tag.score).toBe(1);
  });

  test('an exclude phrase reaching past the span still excludes', () => {
    const view = '社会组织';
    const codebook = book([{ id: 'org', terms: ['组织'], exclude: ['社会组织'] }]);
    expect(tagItem({ span: { start: 2, end: 4 } }, view, codebook)).toEqual([]);
  });

  test('overlapping terms of one theme: the longer wins; at equal length the heavier', () => {
    const view = '流动党员和党员；社区干部建设';
    const codebook = book([
      { id: 'members', terms: ['党员', { term: '流动党员', weight: 3 }] },
      { id: 'cadres', terms: ['社区干部', { term: '干部建设', weight: 3 }] },
    ]);
    const tags = tagItem(whole(view), view, codebook);
    expect(tags.find((t) => t.theme === 'members')?.evidence).toEqual([
      { term: '流动党员', weight: 3, at: [0], inTitle: false },
      { term: '党员', weight: 1, at: [5], inTitle: false },
    ]);
    expect(tags.find((t) => t.theme === 'cadres')?.evidence).toEqual([
      { term: '干部建设', weight: 3, at: [10], inTitle: false },
    ]);
  });

  test('terms of different themes do not shadow each other', () => {
    const view = '流动党员';
    const codebook = book([
      { id: 'a', terms: ['流动党员'] },
      { id: 'b', terms: ['党员'] },
    ]);
    expect(tagItem(whole(view), view, codebook).map((t) => t.theme)).toEqual(['a', 'b']);
  });

  test('a term counts at most countCap times, but every occurrence is evidence', () => {
    const view = '载体载体载体载体载体';
    const codebook = book([{ id: 'carriers', terms: [{ term: '载体', weight: 2 }] }], { countCap: 3 });
    const [tag] = tagItem(whole(view), view, codebook);
    expect(tag.score).toBe(6);
    expect(tag.evidence[0].at).toEqual([0, 2, 4, 6, 8]);
    // Title occurrences are counted first.
    const titled = tagItem({ span: whole(view).span, titleSpan: { start: 6, end: 10 } }, view, codebook);
    expect(titled[0].score).toBe(2 * (2 * 3 + 1));
  });

  test('a theme needs minScore, and minShare of the strongest', () => {
    const view = '经费经费，党员';
    const codebook = book(
      [
        { id: 'funding', terms: ['经费'] },
        { id: 'members', terms: ['党员'] },
      ],
      { minScore: 2 },
    );
    expect(tagItem(whole(view), view, codebook).map((t) => t.theme)).toEqual(['funding']);
    const shared = book(
      [
        { id: 'funding', terms: [{ term: '经费', weight: 5 }] },
        { id: 'members', terms: ['党员'] },
      ],
      { minScore: 1, minShare: 0.2 },
    );
    expect(tagItem(whole('经费党员'), '经费党员', shared).map((t) => t.theme)).toEqual(['funding', 'members']);
    expect(tagItem(whole('经费经费党员'), '经费经费党员', shared).map((t) => t.theme)).toEqual(['funding']);
  });

  test('strongest first, ties by theme id, at most maxThemes; deterministic', () => {
    const view = '经费场所党员干部';
    const themes = [
      { id: 'zeta', terms: ['经费'] },
      { id: 'alpha', terms: ['场所'] },
      { id: 'mid', terms: [{ term: '党员', weight: 2 }] },
      { id: 'beta', terms: ['干部'] },
    ];
    const codebook = book(themes, { maxThemes: 3 });
    expect(tagItem(whole(view), view, codebook).map((t) => t.theme)).toEqual(['mid', 'alpha', 'beta']);
    const reversed = book([...themes].reverse(), { maxThemes: 3 });
    expect(tagItem(whole(view), view, reversed)).toEqual(tagItem(whole(view), view, codebook));
  });

  test('evidence lists the strongest terms first', () => {
    const view = '场所，经费经费';
    const codebook = book([{ id: 'funding', terms: ['场所', '经费'] }]);
    expect(tagItem(whole(view), view, codebook)[0].evidence.map((e) => e.term)).toEqual(['经费', '场所']);
  });
});

describe('titleSpanOf, tagArticleItems, untagged', () => {
  const text = '一、问题\n（一）经费不足。活动少。\n（二）思想落后。党员不参加活动。';
  const item = (title: string, start: number, end: number) =>
    ({ id: title, title, span: { start, end }, themes: [] }) as unknown as Item;
  const items = [item('经费不足', 5, 17), item('思想落后', 18, text.length)];

  test('the title is found inside the item, after its marker', () => {
    expect(titleSpanOf(items[0], text)).toEqual({ start: 8, end: 12 });
    expect(titleSpanOf(item('不存在', 5, 17), text)).toBeUndefined();
  });

  test('items get their themes; untagged lists the rest', () => {
    const codebook = book([{ id: 'funding', terms: ['经费'] }], { minScore: 3 });
    const tagged = tagArticleItems({ text, items }, text, codebook);
    expect(tagged.map((i) => i.themes.map((t) => t.theme))).toEqual([['funding'], []]);
    expect(tagged[0].themes[0].evidence[0]).toEqual({ term: '经费', weight: 1, at: [8], inTitle: true });
    expect(items[0].themes).toEqual([]); // the input is not changed
    expect(untagged(tagged).map((i) => i.id)).toEqual(['思想落后']);
  });
});

describe('the sample, tagged with content/codebook.yaml', () => {
  const codebook = readYaml('content/codebook.yaml', codebookSchema);
  const source = analyzeSeed();
  const articles = source.articles.map((article) => {
    const view = source.traditional ? simplifiedView(article.text) : article.text;
    return { article, view, items: tagArticleItems(article, view, codebook) };
  });
  const all = articles.flatMap((a) => a.items);

  /** The item of article `slug` whose title contains `title`. */
  function find(slug: string, title: string): Item {
    const found = articles.find((a) => a.article.slug === slug)?.items.filter((i) => i.title.includes(title)) ?? [];
    expect(found, `${slug}: ${title}`).toHaveLength(1);
    return found[0];
  }
  const themesOf = (slug: string, title: string) => find(slug, title).themes.map((t) => t.theme);

  test('every tag carries evidence whose offsets point at the term, inside the item', () => {
    for (const { article, view, items } of articles) {
      for (const item of items) {
        for (const tag of item.themes) {
          expect(tag.source).toBe('auto');
          expect(tag.score).toBeGreaterThanOrEqual(codebook.settings.minScore);
          expect(tag.evidence.length).toBeGreaterThan(0);
          for (const hit of tag.evidence) {
            for (const at of hit.at) {
              expect(view.slice(at, at + hit.term.length)).toBe(hit.term);
              expect(article.text.slice(at, at + hit.term.length)).toBe(hit.term); // the sample is simplified
              expect(at).toBeGreaterThanOrEqual(item.span.start);
              expect(at + hit.term.length).toBeLessThanOrEqual(item.span.end);
            }
          }
        }
      }
    }
  });

  test('at most maxThemes per item, strongest first', () => {
    for (const item of all) {
      expect(item.themes.length).toBeLessThanOrEqual(codebook.settings.maxThemes);
      const scores = item.themes.map((t) => t.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  test('tagging is deterministic', () => {
    const again = articles.flatMap((a) => tagArticleItems(a.article, a.view, codebook));
    expect(again).toEqual(all);
  });

  test('spot checks a careful coder agrees with', () => {
    expect(themesOf('csdj8-5', '社区党建物质保障不足')[0]).toBe('funding-venues');
    expect(themesOf('csdj8-7', '流动党员管理相对滞后')[0]).toBe('mobile-members');
    expect(themesOf('csdj8-2', '“学”字为先')).toContain('activity-innovation');
    expect(themesOf('csdj8-2', '理论学习不深')).toEqual(['thinking-awareness']);
    expect(themesOf('csdj8-2', '走马观花”的形式主义')[0]).toBe('style-responsibility');
    expect(themesOf('csdj8-3', '责权利')[0]).toBe('community-burden');
    expect(themesOf('csdj8-3', '横向协调机制')[0]).toBe('coop-building');
    expect(themesOf('csdj8-3', '健全宣传教育机制')[0]).toBe('publicity-climate');
    expect(themesOf('csdj8-3', '党员教育管理工作')[0]).toBe('member-education');
    expect(themesOf('csdj8-4', '组织体制不够完善')).toEqual(['organization-leadership']);
    expect(themesOf('csdj8-4', '加强干部培训和交流')).toEqual(['cadre-capacity']);
    expect(themesOf('csdj8-6', '明确当前社区党建工作的主要任务')[0]).toBe('new-orgs-coverage');
    expect(themesOf('csdj8-6', '大力发展社区经济')[0]).toBe('community-economy');
    expect(themesOf('csdj8-6', '提高社区的服务水平')).toEqual(['service-participation']);
    expect(themesOf('csdj8-7', '工作机制不健全')[0]).toBe('mechanisms-rules');
    expect(themesOf('csdj8-7', '转变观念,提高认识')[0]).toBe('thinking-awareness');
    expect(themesOf('csdj8-8', '社区工队伍的整体素质不高')[0]).toBe('cadre-capacity');

    // 篇八: 一是工作经费严重短缺 → funding, with 经费 pointing into that sentence.
    const p3 = find('csdj8-8', '社区财力、物力的投入较少');
    expect(p3.themes.map((t) => t.theme)).toEqual(['funding-venues', 'community-economy']);
    const text = articles.find((a) => a.article.slug === 'csdj8-8')!.article.text;
    const funding = p3.themes[0].evidence.find((e) => e.term === '经费')!;
    expect(funding.at).toContain(text.indexOf('工作经费严重短缺') + 2);
  });

  test('a passing mention in an example is not a theme', () => {
    // 篇二 (二) names 组织生活 and 流动党员 only in an example of shirked responsibility.
    expect(themesOf('csdj8-2', '担当作为不力')).toEqual(['style-responsibility']);
  });
});
