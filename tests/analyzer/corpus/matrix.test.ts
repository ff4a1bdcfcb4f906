import { describe, expect, it } from 'vitest';
import { articleMatrix, themeFrequency, themeMatrix } from '../../../src/analyzer/corpus/matrix.ts';
import { linksCsv, matrixCsv } from '../../../src/analyzer/corpus/csv.ts';
import type { Article, Item, Link, Theme } from '../../../src/analyzer/types.ts';

const theme = (id: string, name: string): Theme => ({ id, name, definition: '', terms: [], exclude: [] });
const THEMES = [theme('funding', '经费与阵地保障'), theme('mobile', '流动党员与组织关系')];

function item(id: string, role: Item['role'], themes: string[], title = id): Item {
  return {
    id,
    role,
    ordinal: 1,
    title,
    text: title,
    subpoints: [],
    path: [],
    node: '',
    span: { start: 0, end: 0 },
    source: { start: 0, end: 0 },
    pairedWith: [],
    roleEvidence: { source: 'heading' },
    themes: themes.map((t) => ({ theme: t, score: 1, evidence: [], source: 'auto' as const })),
  };
}
const link = (from: string, to: string, score = 0.5): Link => ({
  from,
  to,
  kind: 'lexical',
  score,
  evidence: ['经费'],
  source: 'auto',
});

const items = [
  item('a-problem-1', 'problem', ['funding']),
  item('a-problem-2', 'problem', []),
  item('a-measure-1', 'countermeasure', ['funding', 'mobile']),
  item('a-cause-1', 'cause', ['funding']),
];
const byId = new Map(items.map((i) => [i.id, i]));
const links = [
  link('a-problem-1', 'a-measure-1', 0.8),
  link('a-problem-2', 'a-measure-1', 0.2),
  link('a-cause-1', 'a-problem-1'),
];

describe('themeMatrix', () => {
  it('counts each problem → countermeasure link in every cell of its two items’ themes', () => {
    expect(themeMatrix(byId, links, THEMES)).toEqual({
      rows: ['funding', 'mobile', 'unclassified'],
      columns: ['funding', 'mobile'],
      cells: [
        { row: 'funding', column: 'funding', links: [0] },
        { row: 'funding', column: 'mobile', links: [0] },
        { row: 'unclassified', column: 'funding', links: [1] },
        { row: 'unclassified', column: 'mobile', links: [1] },
      ],
    });
  });
});

describe('articleMatrix', () => {
  it('lays out an article’s problems × countermeasures with link scores', () => {
    const article = { slug: 'a', items } as unknown as Article;
    expect(articleMatrix(article, links)).toEqual({
      article: 'a',
      problems: ['a-problem-1', 'a-problem-2'],
      countermeasures: ['a-measure-1'],
      scores: [[0.8], [0.2]],
    });
  });
});

describe('themeFrequency', () => {
  it('counts articles and items per role', () => {
    const article = { slug: 'a', items } as unknown as Article;
    expect(themeFrequency([article], THEMES)).toEqual([
      { theme: 'funding', articles: 1, problem: 1, cause: 1, countermeasure: 1 },
      { theme: 'mobile', articles: 1, problem: 0, cause: 0, countermeasure: 1 },
    ]);
  });
});

describe('CSV exports', () => {
  it('write the matrix for Excel/WPS: UTF-8 BOM, CRLF, names not ids', () => {
    const csv = matrixCsv(themeMatrix(byId, links, THEMES), new Map(THEMES.map((t) => [t.id, t.name])));
    expect(csv).toBe(
      '\uFEFF问题议题 \\ 对策议题,经费与阵地保障,流动党员与组织关系\r\n经费与阵地保障,1,1\r\n流动党员与组织关系,0,0\r\n未归类,1,1\r\n',
    );
  });

  it('quote cells holding commas, quotes or line breaks', () => {
    const tricky = new Map([
      ['p', item('p', 'problem', [], '经费"不足",场地\n缺乏')],
      ['m', item('m', 'countermeasure', [], '加大投入')],
    ]);
    const csv = linksCsv([link('p', 'm')], tricky);
    expect(csv.split('\r\n')[1]).toBe('p,问题,"经费""不足"",场地\n缺乏",m,对策,加大投入,词语,0.500,经费,自动');
  });
});
