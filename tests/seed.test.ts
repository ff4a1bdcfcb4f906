import { beforeAll, describe, expect, it } from 'vitest';
import { undo } from '../src/analyzer/source/ledger.ts';
import type { Article, Source } from '../src/analyzer/types.ts';
import { analyzeSeed } from './analyze-helpers.ts';
import { seedText } from './helpers.ts';

/**
 * The sample corpus, article by article: the problems, causes and
 * countermeasures a careful reader finds, by title and in order.
 */
const EXPECTED: Record<string, { problem: string[]; cause: string[]; countermeasure: string[] }> = {
  'csdj8-1': {
    problem: [],
    cause: [],
    countermeasure: [],
  },
  'csdj8-2': {
    problem: [
      '思想观念不新,存在“刻舟求剑”的思维方式',
      '担当作为不力,存在“甩手掌柜”的责任意识',
      '调查研究不实,存在“走马观花”的形式主义',
      '工作状态不佳,存在“钝刀子割肉”的疲沓作风',
      '作用发挥不够,存在“虚化空转”的工作效能',
    ],
    cause: [
      '理论学习不深,“总开关”拧得不紧',
      '责任传导不够,“领头雁”意识不强',
      '深入群众不多,“钉钉子”力度不够',
      '组织纪律不强,“精气神”展现不佳',
      '思想重视不足,“引领力”效果不彰',
    ],
    countermeasure: [
      '“学”字为先,由“刻舟求剑”向“与时俱进”转变',
      '“干”字为重,由“甩手掌柜”向“亲力亲为”转变',
      '“实”字为要,由“走马观花”向“现场办公”转变',
      '“律”字为根,由“钝刀子割肉”向“快刀斩乱麻”转变',
      '“效”字为本,由“虚化空转”向“落实落细”转变',
    ],
  },
  'csdj8-3': {
    problem: [
      '党组织的凝聚力需要进一步提升',
      '党员教育管理工作需要进一步增强',
      '社区的责权利需要进一步明确',
      '社区居民的归属感需要进一步增强',
    ],
    cause: [
      '社区党建工作与社区建设的繁重任务还不适应',
      '社区党员认同社区党组织的思想较为淡薄',
      '社区党组织横向协调机制不强',
    ],
    countermeasure: [
      '健全组织机构,切实加强对社区党建工作的领导',
      '健全投入机制,切实加大社区党建工作经费保障',
      '健全工作机制,构筑社区“大党建”工作格局',
      '健全宣传教育机制,营造良好的舆论环境和社会氛围',
    ],
  },
  'csdj8-4': {
    problem: ['组织体制不够完善', '工作机制不够灵活', '参与度不够高', '能力建设不够健全'],
    cause: [],
    countermeasure: [
      '完善社区组织体制,加强社区干部建设,提升社区管理水平',
      '制定科学的工作规范和流程、完善工作机制和管理制度、下放权限和鼓励创新,加强对社区干部的培训和学习',
      '发挥各方面的作用,组建志愿者队伍、开展宣传教育活动、增强社区文化建设等,同时加强与企事业单位的沟通、协作,切实增强居民的获得感',
      '加强干部培训和交流,提高干部素质和管理能力,同时加强对优秀干部的发掘和培养',
    ],
  },
  'csdj8-5': {
    problem: ['思想观念问题', '社区党建物质保障不足', '党组织建设问题'],
    cause: ['社区党建工作的问题产生的原因'],
    countermeasure: [
      '注重思想建设科学引导',
      '注重党组织建设,提高组织基础能力',
      '党建工作注重强化作风建设',
      '注重完善制度化建设',
    ],
  },
  'csdj8-6': {
    problem: ['普遍重视不够', '任务不明确', '社区党组织的自身建设比较薄弱'],
    cause: [],
    countermeasure: [
      '进一步明确当前社区党建工作的主要任务',
      '进一步完善社区党组织的设置,明确社区党组织的职责地位,理顺社区党组织与其他组织的关系',
      '要完善社区党建工作机制与载体',
      '要加强社区党组织的自身建设',
      '要进一步提高社区的服务水平',
      '大力发展社区经济,增强社区经济实力,增加社区党建工作的投入,改善社区党支部的工作条件',
    ],
  },
  'csdj8-7': {
    problem: [
      '党员干部的思想认识滞后.参与意识淡薄',
      '财力物力投入不足.工作环境与条件欠缺',
      '社区党员素质普遍不高,党务工作者素质参差不齐',
      '活动载体陈旧.服务手段单一',
      '工作机制不健全,制度不完善',
      '对党员的管理特别是流动党员管理相对滞后',
    ],
    cause: [],
    countermeasure: [
      '转变观念,提高认识.是做好社区党建工作的重要前提',
      '夯实基础,制度先行,是做好社区党建工作的根本保证',
      '培养队伍.提高素质.是做好社区党建工作的关键',
      '加大投入.完善机制.是做好社区党建工作的必要条件',
      '分类指导,加强管理.是做好社区党建工作的切入点',
      '转变观念.搞好服务.是做好社区党建工作的着力点',
    ],
  },
  'csdj8-8': {
    problem: [
      '社区党建工作机制不完善、不规范,与社区建设的繁重任务不相适应',
      '社区党员的教育管理缺乏有效的机制,党员在社区建设中的先锋模范作用不突出',
      '社区财力、物力的投入较少,自我发展能力欠缺,制约了社区党建工作的深入开展',
      '社区工队伍的整体素质不高,与新形势新任务的要求不相适应',
    ],
    cause: [],
    countermeasure: [
      '构建街道社区党建工作的领导、责任机制,推进社区党建工作的正常化、制度化、规范化',
      '加强教育管理,健全活动载体,充分发挥社区党员先锋模范作用',
      '多措并举,建立健全保障机制,为社区党建工作开展创造良好的条件',
      '适应新形势新任务的需要,大力加强社区领导班子和干部队伍建设',
    ],
  },
};

let source: Source;
const article = (piece: number): Article => source.articles[piece - 1];

beforeAll(() => {
  source = analyzeSeed();
});

describe('the seed, article by article', () => {
  it('has eight articles with stable slugs', () => {
    expect(source.articles.map((a) => [a.label, a.slug])).toEqual(
      ['一', '二', '三', '四', '五', '六', '七', '八'].map((n, i) => [`篇${n}`, `csdj8-${i + 1}`]),
    );
  });

  for (const [slug, expected] of Object.entries(EXPECTED)) {
    it(`${slug}: problems, causes and countermeasures`, () => {
      const a = source.articles.find((x) => x.slug === slug)!;
      const titles = (role: string) => a.items.filter((i) => i.role === role).map((i) => i.title);
      expect({ problem: titles('problem'), cause: titles('cause'), countermeasure: titles('countermeasure') }).toEqual(
        expected,
      );
    });
  }

  it('篇一 is abstract-only, with no items', () => {
    expect(article(1).abstractOnly).toBe(true);
    expect(article(1).items).toEqual([]);
    expect(source.articles.filter((a) => a.abstractOnly).map((a) => a.slug)).toEqual(['csdj8-1']);
  });

  it('gives items readable ids: article slug, role, ordinal', () => {
    expect(
      article(7)
        .items.map((i) => i.id)
        .slice(0, 2),
    ).toEqual(['csdj8-7-problem-1', 'csdj8-7-problem-2']);
    expect(article(7).items.at(-1)!.id).toBe('csdj8-7-measure-6');
    expect(
      article(2)
        .items.filter((i) => i.role === 'cause')
        .map((i) => i.id),
    ).toEqual([1, 2, 3, 4, 5].map((n) => `csdj8-2-cause-${n}`));
  });

  it("pairs 篇四's problems with the rectification measures under them", () => {
    expect(article(4).items.map((i) => [i.id, i.pairedWith])).toEqual([
      ['csdj8-4-problem-1', ['csdj8-4-measure-1']],
      ['csdj8-4-measure-1', ['csdj8-4-problem-1']],
      ['csdj8-4-problem-2', ['csdj8-4-measure-2']],
      ['csdj8-4-measure-2', ['csdj8-4-problem-2']],
      ['csdj8-4-problem-3', ['csdj8-4-measure-3']],
      ['csdj8-4-measure-3', ['csdj8-4-problem-3']],
      ['csdj8-4-problem-4', ['csdj8-4-measure-4']],
      ['csdj8-4-measure-4', ['csdj8-4-problem-4']],
    ]);
  });

  it('keeps the inline points of an item as sub-points (篇八 problem 1: 一是…三是)', () => {
    const item = article(8).items[0];
    expect(item.subpoints.map((s) => s.marker)).toEqual(['一是', '二是', '三是']);
    expect(item.subpoints[0].text.startsWith('在领导机制方面')).toBe(true);
  });

  it('keeps the numbered subsections of an item as sub-points (篇六 countermeasure 3)', () => {
    expect(
      article(6)
        .items.find((i) => i.id === 'csdj8-6-measure-3')!
        .subpoints.map((s) => s.text.slice(0, 12)),
    ).toEqual([
      '建立社区党建工作责任制。',
      '建立目标管理机制,实行定',
      '建立激励机制,调动社区党',
      '建立考核机制,开展经常性',
    ]);
  });

  it('gives each item its outline path', () => {
    expect(article(8).items[4].path).toEqual([
      '二、加强社区党建工作的对策和措施',
      '1、构建街道社区党建工作的领导、责任机制,推进社区党建工作的正常化、制度化、规范化',
    ]);
  });

  it('points each item at its place in the source', () => {
    for (const a of source.articles) {
      for (const item of a.items) {
        const raw = seedText.slice(item.source.start, item.source.end);
        expect(raw.length, item.id).toBeGreaterThanOrEqual(item.text.length * 0.9);
        expect(item.source.start).toBeGreaterThanOrEqual(a.source.start);
        expect(item.source.end).toBeLessThanOrEqual(a.source.end);
      }
    }
    const first = article(3).items[0];
    expect(seedText.slice(first.source.start, first.source.start + 6)).toBe('一是党组织的');
  });
});

describe('the seed, bibliographic metadata (through the whole pipeline)', () => {
  const values = (piece: number) =>
    Object.fromEntries(Object.entries(article(piece).metadata).map(([k, f]) => [k, (f as { value: unknown }).value]));

  it('篇一: the CNKI record card', () => {
    expect(values(1)).toMatchObject({
      title: '社区党建工作中存在的问题及对策',
      authors: ['马建国'],
      journal: '劳动保障世界',
      year: 2014,
      issue: '2',
      pages: { first: 115, last: 115 },
      clc: ['D26'],
      affiliations: ['中国钢研科技集团有限公司,北京市100081'],
    });
    expect(values(1).volume).toBeUndefined();
    expect(values(1).relatedLiterature).toHaveLength(5);
  });

  it('篇二: masthead, spaced author name, editor line', () => {
    expect(values(2)).toMatchObject({
      title: '城市基层党建工作存在的问题及对策',
      authors: ['毕伟强'],
      journal: '重庆行政',
      year: 2020,
      issue: '1',
      editor: '胡越',
    });
    expect(values(2).clc).toBeUndefined();
  });

  it('篇五: run-in codes, journal named by its ISSN', () => {
    expect(values(5)).toMatchObject({
      title: '社区党建工作中存在的问题及有效对策',
      authors: ['李文静'],
      journal: '现代企业文化',
      year: 2019,
      issue: '10',
      pages: { first: 51, last: 51 },
      clc: ['D267'],
      keywords: ['社区党建', '工作问题', '原因分析'],
    });
    expect(article(5).metadata.journal?.via).toBe('issn-lookup');
    expect(values(5).references).toHaveLength(5);
  });

  it('篇七: OCR’d journal PDF (year from the English masthead, never “20XX”)', () => {
    expect(values(7)).toMatchObject({
      title: '城市社区党建工作存在的问题及对策',
      authors: ['熊晓燕', '苏欢', '蔡艳艳', '丛旭东'],
      journal: '重庆科技学院学报(社会科学版)',
      year: 2009,
      issue: '10',
      pages: { first: 3, last: 4 },
      clc: ['D267.7'],
      received: '2009-05-22',
      keywords: ['城市社区', '党建工作', '新形势', '问题', '对策'],
    });
  });

  it('keeps 篇六’s trailing uploader line out of the authors', () => {
    expect(article(6).metadata.authors).toBeUndefined();
    expect(article(6).edits.find((e) => e.rule === 'furniture.site-attribution')?.before).toBe(
      '作者:金鹏信息网格化软件公司',
    );
  });

  it('leaves absent fields empty rather than guessing', () => {
    for (const piece of [3, 4, 6, 8]) expect(Object.keys(article(piece).metadata)).toEqual(['title']);
  });
});

describe('the seed, cleaned', () => {
  const ARTIFACTS = /冶|摇|杜区|i是|i一\)|\(五J|『|1二作|干辛万苦|20o|的66事|胡 ?越67/;

  it('leaves no artifact in any item title, text or sub-point', () => {
    for (const a of source.articles) {
      for (const item of a.items) {
        expect(item.title, item.id).not.toMatch(ARTIFACTS);
        expect(item.text, item.id).not.toMatch(ARTIFACTS);
        for (const s of item.subpoints) expect(s.text, item.id).not.toMatch(ARTIFACTS);
      }
    }
  });

  it('keeps real characters the artifact rules must not touch', () => {
    expect(article(3).text).toContain('“基础不牢,地动山摇”');
  });

  it('removes the site furniture and keeps what it says about the page', () => {
    expect(source.metadata).toEqual({
      section: '工作总结',
      compilationTitle: '城市社区党建存在的问题及对策8篇',
      published: '2023-07-15 18:00:06',
      hotWords: ['城市社区党建存在的问题及对策', '对策', '社区党建', '城市'],
      site: '巨匠文档网',
    });
    const all = source.articles.map((a) => a.text).join('');
    for (const junk of [
      '相关热词搜索',
      '版权所有',
      'Powered by',
      'ICP',
      '因版权原因',
      'Copyright',
      'MEC2019',
      '金鹏信息',
      '\n  LT\n',
    ]) {
      expect(all, junk).not.toContain(junk);
    }
  });

  it('records every change with its rule, source offset, before and after', () => {
    const page = article(2).edits.filter((e) => e.rule === 'furniture.page-number');
    expect(page.map((e) => [seedText.slice(e.start - 3, e.end + 1), e.before, e.after])).toEqual([
      ['关注的66事', '66', ''],
      ['胡摇越67\n', '67', ''],
    ]);
    const fixes = article(7).edits.filter((e) => e.rule === 'correction');
    expect(fixes.every((e) => seedText.slice(e.start, e.end) === e.before)).toBe(true);
    expect(fixes.find((e) => e.before === '杜区')).toMatchObject({ after: '社区', note: '“社”误识为“杜”' });
  });

  it("loses nothing: undoing each article's changes gives back its source text", () => {
    for (const a of source.articles) {
      const region = seedText.slice(a.marker!.end, a.source.end);
      expect(undo(a.text, a.edits), a.slug).toBe(region);
    }
    expect(source.warnings.filter((w) => w.code === 'internal.lost-text')).toEqual([]);
    expect(source.unassigned).toEqual([]);
  });

  it('accounts for every character of the source: articles, marker lines, recorded removals', () => {
    const first = source.articles[0].source.start;
    const visible = (s: string) => s.replace(/\s/g, '').length;
    // Before the first article: only the page header, all of it recorded as removed.
    expect(source.edits.reduce((n, e) => n + visible(e.before), 0)).toBe(visible(seedText.slice(0, first)));
    let covered = first;
    for (const a of source.articles) {
      expect(a.source.start).toBe(covered);
      covered = a.source.end;
    }
    expect(covered).toBe(seedText.length);
  });
});
