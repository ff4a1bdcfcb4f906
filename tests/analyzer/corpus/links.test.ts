import { beforeAll, describe, expect, it } from 'vitest';
import { findGaps, linkArticle, linkStrength, linkVocabulary } from '../../../src/analyzer/corpus/links/index.ts';
import type { Corpus, Item, Link } from '../../../src/analyzer/types.ts';
import { seedCorpus } from '../../analyze-helpers.ts';

/** A bare item for literal tests. */
function item(
  id: string,
  role: Item['role'],
  title: string,
  text = title,
  themes: string[] = [],
  pairedWith: string[] = [],
): Item {
  return {
    id,
    role,
    ordinal: 1,
    title,
    text,
    subpoints: [],
    path: [],
    node: '',
    span: { start: 0, end: 0 },
    source: { start: 0, end: 0 },
    pairedWith,
    roleEvidence: { source: 'heading' },
    themes: themes.map((theme) => ({ theme, score: 1, evidence: [], source: 'auto' as const })),
  };
}
/** Words split at spaces: literal tests control the vocabulary exactly. */
const split = (t: string) => t.split(/[\s,。]+/).filter(Boolean);
/** The test's words, numbered as the analysis numbers its link words. */
const words: string[] = [];
const vocabulary = linkVocabulary(words);
const numbered = (ws: string[]) => ws.map((w) => (words.includes(w) ? words.indexOf(w) : words.push(w) - 1));
const options = {
  wordsOf: (i: Item) => ({ title: numbered(split(i.title)), text: numbered(split(i.text)) }),
  vocabulary,
  themeNames: new Map([['funding', '经费与阵地保障']]),
  minScore: 0.15,
  lexicalShare: 0.6,
  lexicalFull: 0.2,
};

describe('linkArticle', () => {
  it('links a countermeasure that quotes the problem’s own phrase, explicitly', () => {
    const links = linkArticle(
      [
        item('p1', 'problem', '思想观念不新,存在“刻舟求剑”的思维方式'),
        item('p2', 'problem', '担当作为不力,存在“甩手掌柜”的责任意识'),
        item('m1', 'countermeasure', '“干”字为重,由“甩手掌柜”向“亲力亲为”转变'),
        item('m2', 'countermeasure', '“学”字为先,由“刻舟求剑”向“与时俱进”转变'),
      ],
      options,
    );
    expect(links.filter((l) => l.kind === 'explicit').map((l) => [l.from, l.to, l.evidence])).toEqual([
      ['p1', 'm2', ['“刻舟求剑”']],
      ['p2', 'm1', ['“甩手掌柜”']],
    ]);
  });

  it('links the pairs the text states (问题N / 整改措施), with score 1', () => {
    const links = linkArticle(
      [item('p1', 'problem', '甲', '甲', [], ['m1']), item('m1', 'countermeasure', '乙', '乙', [], ['p1'])],
      options,
    );
    expect(links).toEqual([
      {
        from: 'p1',
        to: 'm1',
        kind: 'explicit',
        score: 1,
        evidence: ['文中成对给出'],
        source: 'auto',
      },
    ]);
  });

  it('scores shared words by TF-IDF over the article, never by position', () => {
    const links = linkArticle(
      [
        item('p1', 'problem', '经费 不足'),
        item('p2', 'problem', '流动党员 管理 滞后'),
        item('m1', 'countermeasure', '流动党员 管理 登记'),
        item('m2', 'countermeasure', '经费 投入 保障'),
      ],
      options,
    );
    expect(links.map((l) => [l.from, l.to, l.kind, l.evidence])).toEqual([
      ['p1', 'm2', 'lexical', ['经费']],
      ['p2', 'm1', 'lexical', ['流动党员', '管理']],
    ]);
  });

  it('counts shared themes, named in the evidence', () => {
    const links = linkArticle(
      [item('p1', 'problem', '甲', '甲', ['funding']), item('m1', 'countermeasure', '乙', '乙', ['funding'])],
      options,
    );
    expect(links).toEqual([
      { from: 'p1', to: 'm1', kind: 'thematic', score: 0.4, evidence: ['议题：经费与阵地保障'], source: 'auto' },
    ]);
  });

  it('links causes to the problems they explain', () => {
    const links = linkArticle(
      [item('c1', 'cause', '经费 来源 单一'), item('p1', 'problem', '经费 短缺'), item('p2', 'problem', '队伍 老化')],
      options,
    );
    expect(links.map((l) => [l.from, l.to])).toEqual([['c1', 'p1']]);
  });

  it('links causes to the countermeasures that answer them, after the other pairs', () => {
    const links = linkArticle(
      [
        item('c1', 'cause', '经费 来源 单一'),
        item('p1', 'problem', '队伍 老化'),
        item('m1', 'countermeasure', '拓宽 经费 来源'),
        item('m2', 'countermeasure', '充实 队伍'),
      ],
      options,
    );
    expect(links.map((l) => [l.from, l.to])).toEqual([
      ['p1', 'm2'],
      ['c1', 'm1'],
    ]);
  });
});

describe('findGaps', () => {
  it('reports problems nobody answers and countermeasures answering no stated problem', () => {
    const items = [
      item('p1', 'problem', '甲'),
      item('p2', 'problem', '乙'),
      item('m1', 'countermeasure', '丙'),
      item('m2', 'countermeasure', '丁'),
    ];
    const links: Link[] = [{ from: 'p1', to: 'm1', kind: 'lexical', score: 0.5, evidence: [], source: 'auto' }];
    expect(findGaps(items, links)).toEqual([
      { item: 'p2', kind: 'unanswered-problem' },
      { item: 'm2', kind: 'unmatched-countermeasure' },
    ]);
  });

  it('does not call a countermeasure that answers a cause unmatched', () => {
    const items = [item('c1', 'cause', '甲'), item('m1', 'countermeasure', '乙')];
    const links: Link[] = [{ from: 'c1', to: 'm1', kind: 'lexical', score: 0.5, evidence: [], source: 'auto' }];
    expect(findGaps(items, links)).toEqual([{ item: 'c1', kind: 'unlinked-cause' }]);
  });
});

describe('linkStrength', () => {
  it('names strong, medium and weak links', () => {
    expect([1, 0.6, 0.59, 0.3, 0.29].map(linkStrength)).toEqual(['strong', 'strong', 'medium', 'medium', 'weak']);
  });
});

describe('links on the sample corpus', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await seedCorpus();
  });
  const strongest = (problem: string) =>
    corpus.links.filter((l) => l.from === problem && l.to.includes('-measure-')).sort((a, b) => b.score - a.score)[0];

  it('finds 篇二’s five explicit pairs (the countermeasure quotes the problem’s phrase)', () => {
    const explicit = corpus.links.filter((l) => l.kind === 'explicit' && l.from.startsWith('csdj8-2-'));
    expect(explicit.map((l) => [l.from, l.to, l.evidence[0]])).toEqual([
      ['csdj8-2-problem-1', 'csdj8-2-measure-1', '“刻舟求剑”'],
      ['csdj8-2-problem-2', 'csdj8-2-measure-2', '“甩手掌柜”'],
      ['csdj8-2-problem-3', 'csdj8-2-measure-3', '“走马观花”'],
      ['csdj8-2-problem-4', 'csdj8-2-measure-4', '“钝刀子割肉”'],
      ['csdj8-2-problem-5', 'csdj8-2-measure-5', '“虚化空转”'],
    ]);
  });

  it('finds 篇四’s four explicit pairs (问题N / 整改措施)', () => {
    const explicit = corpus.links.filter((l) => l.kind === 'explicit' && l.from.startsWith('csdj8-4-'));
    expect(explicit.map((l) => [l.from, l.to])).toEqual(
      [1, 2, 3, 4].map((n) => [`csdj8-4-problem-${n}`, `csdj8-4-measure-${n}`]),
    );
  });

  it('links each of 篇七’s problems most strongly to the countermeasure a careful reader picks (not by position)', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => strongest(`csdj8-7-problem-${n}`)?.to)).toEqual([
      'csdj8-7-measure-1', // 思想认识滞后 → 转变观念,提高认识
      'csdj8-7-measure-4', // 财力物力投入不足 → 加大投入.完善机制
      'csdj8-7-measure-3', // 素质不高 → 培养队伍.提高素质
      'csdj8-7-measure-6', // 服务手段单一 → 转变观念.搞好服务
      'csdj8-7-measure-2', // 工作机制不健全,制度不完善 → 夯实基础,制度先行
      'csdj8-7-measure-5', // 流动党员管理滞后 → 分类指导,加强管理
    ]);
  });

  it('links each of 篇八’s problems most strongly to the countermeasure a careful reader picks', () => {
    expect([1, 2, 3, 4].map((n) => strongest(`csdj8-8-problem-${n}`)?.to)).toEqual([
      'csdj8-8-measure-1', // 机制不完善 → 领导、责任机制
      'csdj8-8-measure-2', // 教育管理、先锋模范作用 → 加强教育管理…先锋模范作用
      'csdj8-8-measure-3', // 财力物力投入较少 → 保障机制
      'csdj8-8-measure-4', // 队伍素质不高 → 干部队伍建设
    ]);
  });

  it('reports 篇五’s problem about 物质保障 honestly: a gap, or at most a weak link', () => {
    const best = strongest('csdj8-5-problem-2');
    const gap = corpus.gaps.some((g) => g.item === 'csdj8-5-problem-2' && g.kind === 'unanswered-problem');
    expect(gap || linkStrength(best!.score) === 'weak').toBe(true);
  });

  it('gives every link a kind, a score in 0..1 and evidence', () => {
    for (const l of corpus.links) {
      expect(['explicit', 'lexical', 'thematic']).toContain(l.kind);
      expect(l.score).toBeGreaterThan(0);
      expect(l.score).toBeLessThanOrEqual(1);
      expect(l.evidence.length, `${l.from} → ${l.to}`).toBeGreaterThan(0);
    }
  });

  it('only links items within one article', () => {
    for (const l of corpus.links)
      expect(l.from.replace(/-(problem|cause|measure)-\d+$/, '')).toBe(
        l.to.replace(/-(problem|cause|measure)-\d+$/, ''),
      );
  });
});
