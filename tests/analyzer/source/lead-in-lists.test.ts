import { describe, expect, it } from 'vitest';
import { analyzeText, itemsOf } from '../../analyze-helpers.ts';

/** Numbered sections whose role a lead-in before them names, where no heading names it. */
describe('numbered points after a lead-in naming their role', () => {
  it('have that role, read from the end of the paragraph before (`主要原因是:(一)…`)', () => {
    const text = [
      '农村青年入党情况的调研',
      '近几年来,乡党委做了大量工作,但党员队伍存在老龄化问题。主要原因是:(一)青年外出打工人员多,给培养和发展带来了一定困难;(二)有些青年人缺乏学习,入党积极性不高;(三)个别支部对培养农村青年入党不够重视。',
      '三、意见与建议',
      '(一)提高党员的致富能力,带领群众致富。',
      '(二)注重从务工返乡人员中培养发展党员。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'cause: 青年外出打工人员多,给培养和发展带来了一定困难',
      'cause: 有些青年人缺乏学习,入党积极性不高',
      'cause: 个别支部对培养农村青年入党不够重视',
      'countermeasure: 提高党员的致富能力,带领群众致富',
      'countermeasure: 注重从务工返乡人员中培养发展党员',
    ]);
  });

  it('have that role under a section on the situation, not the deficiencies their wording reads as', () => {
    const text = [
      '机关党建工作的调研',
      '一、基本情况',
      '全局共有党支部12个。党建工作与业务工作结合不紧,原因主要有以下几点:',
      '(一)思想认识不到位,重业务轻党建。',
      '(二)考核机制不健全,考核结果运用不够。',
      '二、对策建议',
      '(一)提高思想认识,把党建摆在突出位置。',
      '(二)健全考核机制,强化结果运用。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'cause: 思想认识不到位,重业务轻党建',
      'cause: 考核机制不健全,考核结果运用不够',
      'countermeasure: 提高思想认识,把党建摆在突出位置',
      'countermeasure: 健全考核机制,强化结果运用',
    ]);
  });

  it('keep their own reading when the sentence before only mentions a role (`…并提出相应的对策。`)', () => {
    const text = [
      '发展党员工作中的不适应现象',
      '发展党员工作中一些不适应现象时常出现。本文将全面解析这些不适应现象,并提出相应的对策。',
      '一、不适应现象解析',
      '1. 发展对象质量不高',
      '部分发展对象思想觉悟不高。',
      '2. 发展程序不规范',
      '有的支部程序执行不严。',
      '二、对策建议',
      '1. 提高发展对象质量',
      '严格把好入口关。',
      '2. 规范发展程序',
      '严格执行各项程序。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 发展对象质量不高',
      'problem: 发展程序不规范',
      'countermeasure: 提高发展对象质量',
      'countermeasure: 规范发展程序',
    ]);
  });

  it('is one point where the page ends inside the first (`…以下五个方面的问题:` ⏎ `1、…` and no more)', () => {
    const text = [
      '当前乡镇基层政权存在的问题、原因及对策',
      '乡镇政府集中体现了转型期的各种矛盾。',
      '一、问题及原因',
      '当前基层政权主要存在以下五个方面的问题:',
      '1、基层财政负债沉重。乡镇债务自90年代初开始形成,至90年代末期才引起关注。此时,相当部分',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 基层财政负债沉重']);
    // A page that goes on after it gives no list of one.
    expect(itemsOf(`${text}乡镇因债务而积重难返。\n二、对策\n加强财政管理。\n`)).toEqual([
      'countermeasure: 加强财政管理',
    ]);
  });

  it('have the role of what the lead-in says shows itself (`…的特点主要表现在:`, `问题主要表现在:`)', () => {
    const text = [
      '农村流动党员教育管理的思考',
      '一、当前农村流动党员的特点及趋势',
      '当前,农村流动党员的特点主要表现在以下几方面:',
      '(一)流动的数量逐年增多。',
      '(二)流动的地点无定向。',
      '二、流动党员管理中存在的问题',
      '(一)管理难到位。',
      '(二)去向难掌握。',
      '',
    ].join('\n');
    const problems = ['problem: 管理难到位', 'problem: 去向难掌握'];
    expect(itemsOf(text)).toEqual(problems);
    // Problems said to show themselves are problems, and so are points a bare `主要表现在:` announces.
    const shown = ['problem: 流动的数量逐年增多', 'problem: 流动的地点无定向', ...problems];
    expect(itemsOf(text.replace('的特点主要表现在', '的问题主要表现在'))).toEqual(shown);
    expect(itemsOf(text.replace('当前,农村流动党员的特点主要表现在', '主要表现在'))).toEqual(shown);
  });
});

describe('paragraphs of points in a page that lost its line breaks', () => {
  const body = [
    '在新形势下,企业党建工作面临着新的挑战。',
    '',
    '第一,党组织对党建工作不够重视。领导只重视经济效益。 第二,党建工作方式陈旧,缺乏活力。多年来一直采用传统方式。',
    '',
    '第三,党员队伍趋于老龄化,后备力量不足。',
    '',
  ];

  it('are one list: a lead-in a blank line before, a point after a sentence and a space', () => {
    expect(itemsOf(['国有企业党建工作的几点思考', ...body].join('\n'))).toEqual([
      'problem: 党组织对党建工作不够重视',
      'problem: 党建工作方式陈旧,缺乏活力',
      'problem: 党员队伍趋于老龄化,后备力量不足',
    ]);
  });

  it('are read for themselves under a title naming the situation with the remedies (`现状分析及对策`)', () => {
    expect(itemsOf(['企业党建工作现状分析及对策探讨', ...body].join('\n'))).toEqual(
      itemsOf(['国有企业党建工作的几点思考', ...body].join('\n')),
    );
    // A title naming one role still heads a body with no role heading.
    expect(itemsOf(['企业党建工作的对策', '一是健全组织。二是创新方式。三是加强队伍。', ''].join('\n'))).toEqual([
      'countermeasure: 健全组织',
      'countermeasure: 创新方式',
      'countermeasure: 加强队伍',
    ]);
  });
});

describe('a list a lead-in announces in a body only the title names', () => {
  it('has the role the lead-in names, not the title’s (`…的实施路径` ⏎ `还存在一些不足和问题:`)', () => {
    const text = [
      '国有企业党建工作标准化建设的实施路径',
      '目前国有企业的党建标准化工作推进不一。客观审视基层党建工作,还存在一些不足和问题:',
      '(一)思想认识还需要进一步提高',
      '一些基层党组织对党建工作的重视程度还不够。',
      '(二)党建责任还需进一步压实',
      '一些支部书记履职意识不强。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 思想认识还需要进一步提高', 'problem: 党建责任还需进一步压实']);
  });

  it('reads a section on the situation in it (`一、…的现状`) like one anywhere: its deficient points are the problems', () => {
    const text = [
      '机关党建“灯下黑”问题专题调研报告',
      '“灯下黑”是指照亮了周围却照不到自己。',
      '一、机关党建“灯下黑”的现状',
      '1.机关党建工作软弱。部分机关党组织对加强机关党建的认识不到位。',
      '2.党员理想信念衰退。一个时期以来,有的党员放松了学习。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 机关党建工作软弱', 'problem: 党员理想信念衰退']);
  });
});

describe('a sentence listing actions in answer to the problems', () => {
  const problems = [
    '银行党建存在问题',
    '然而,银行党建仍然存在一些问题。',
    '首先,银行党建缺乏有效的组织保障。党建组织设置分散。',
    '其次,银行党建的考核和评价机制缺乏科学和公正性。往往注重主观评价。',
  ];

  it('gives its actions as countermeasures where the text lists none else (`只有通过A、B和C,才能…`)', () => {
    const text = [
      ...problems,
      '综上所述,只有通过加强组织保障和完善考核评价机制,才能真正促进银行党建的健康发展。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 银行党建缺乏有效的组织保障',
      'problem: 银行党建的考核和评价机制缺乏科学和公正性',
      'countermeasure: 加强组织保障',
      'countermeasure: 完善考核评价机制',
    ]);
  });

  it('after a clause answering them (`为解决这些现实问题,…`), with the words that read as actions', () => {
    const text = [
      '关于医院基层党组织建设的几点思考',
      '一、存在的问题',
      '目前存在工作制度不够健全完善等现实问题。为解决这些现实问题,院党委将着手建立党支部工作制度,明确基层党支部工作内容,提升服务群众水平。',
      '',
    ].join('\n');
    const result = analyzeText(text);
    const items = result.ok ? result.source.articles[0].items : [];
    expect(items.filter((i) => i.role === 'countermeasure').map((i) => [i.title, i.roleEvidence.words])).toEqual([
      ['院党委将着手建立党支部工作制度', ['建立']],
      ['明确基层党支部工作内容', ['明确']],
      ['提升服务群众水平', ['提升']],
    ]);
  });

  it('gives none for a list that only sums up (`…等方面的努力`) or where the text lists countermeasures', () => {
    const summing = [...problems, '只有通过加强管理、提高教育等方面的努力,才能提高党员素质。', ''].join('\n');
    expect(itemsOf(summing).filter((i) => i.startsWith('countermeasure'))).toEqual([]);
    const listed = [
      ...problems,
      '对此,提出以下对策:',
      '一是加强组织保障。',
      '二是完善考核机制。',
      '只有通过加强组织保障、完善考核机制,才能促进发展。',
      '',
    ].join('\n');
    expect(itemsOf(listed).filter((i) => i.startsWith('countermeasure'))).toEqual([
      'countermeasure: 加强组织保障',
      'countermeasure: 完善考核机制',
    ]);
  });

  it('within a point’s own paragraph, answering it (`针对这一问题,可以…`, `为此,需要…`, `建议…`), paired with it', () => {
    const text = [
      '本文将探讨这些问题,并提出相应的对策。',
      '首先,参与度不高是当前在职党员进社区活动中普遍存在的问题。部分党员缺乏积极性。针对这一问题,可以通过建立健全激励机制,激发党员的积极性。',
      '其次,活动形式单一也是制约在职党员进社区活动深入开展的一个重要因素。为了改善这种情况,可以尝试引入更多元化的活动形式,如组织知识讲座。',
      '再者,沟通协调不够顺畅也是一个不容忽视的问题。为此,需要建立更加高效的信息共享平台,形成合力。',
      '最后,监督评估机制尚不完善。建议设立专门机构负责日常管理和定期检查,同时鼓励群众参与监督。',
      '',
    ].join('\n');
    const result = analyzeText(text);
    if (!result.ok) throw new Error('not analyzed');
    const items = result.source.articles[0].items;
    expect(items.map((i) => `${i.role}: ${i.title}`)).toEqual([
      'problem: 参与度不高是当前在职党员进社区活动中普遍存在的问题',
      'countermeasure: 可以通过建立健全激励机制',
      'problem: 活动形式单一也是制约在职党员进社区活动深入开展的一个重要因素',
      'countermeasure: 可以尝试引入更多元化的活动形式',
      'problem: 沟通协调不够顺畅也是一个不容忽视的问题',
      'countermeasure: 需要建立更加高效的信息共享平台',
      'problem: 监督评估机制尚不完善',
      'countermeasure: 建议设立专门机构负责日常管理和定期检查',
    ]);
    // The tied point takes its list's role, and says so.
    expect(items[2].roleEvidence).toMatchObject({ source: 'inferred', margin: 0, settledBy: 'list' });
    // Each remedy is paired with its point's problem, as the text gives them.
    expect(items.map((i) => i.pairedWith)).toEqual([1, 0, 3, 2, 5, 4, 7, 6].map((k) => [items[k].id]));
  });

  it('not by a paragraph after the list answering all of them (`因此,…需要克服这些问题。为此,应该…`)', () => {
    const text = [
      '发展居民党员存在的问题',
      '缺乏培训和实践。许多居民党员没有接受充分的培训。',
      '缺乏统一的组织和管理。居民党员的工作难以协调。',
      '缺乏明确的目标和计划。发展工作没有明确的方向。',
      '因此,发展居民党员需要克服这些问题。为此,应该加强培训和实践,建立统一的组织和管理系统。',
      '',
    ].join('\n');
    expect(itemsOf(text).filter((i) => i.startsWith('countermeasure'))).toEqual([]);
  });
});

describe('a run inside a paragraph whose first point is glued to the words before it', () => {
  it('starts at that point (`…强化党员教育一要创新…;二要…`) where the second follows in the paragraph', () => {
    const text = [
      '农村党员教育的几点思考',
      '笔者认为:强化农村党员教育一要创新教育模式,借助新平台;二要严格执行相关制度,保障党员权利;三要把好党员“入口关”。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'countermeasure: 创新教育模式,借助新平台',
      'countermeasure: 严格执行相关制度,保障党员权利',
      'countermeasure: 把好党员“入口关”',
    ]);
  });

  it('not at `一` of a word (`统一要求`)', () => {
    const text = [
      '农村党员教育的几点思考',
      '笔者认为:强化农村党员教育要统一要求和标准,使党员教育更规范;二要严格执行相关制度;三要把好党员“入口关”。',
      '',
    ].join('\n');
    expect(itemsOf(text).some((i) => i.includes('求和标准'))).toBe(false);
  });
});

describe('measures a lead-in lists under a heading naming what was done (`一、工作亮点`)', () => {
  it('are deeds, not countermeasures; problems listed elsewhere are read', () => {
    const text = [
      '村党支部任期工作回顾',
      '一、工作亮点',
      '1. 优化公共服务',
      '村党支部关注村民需求,努力提升公共服务水平。具体举措有:',
      '- 教育事业:改善学校设施,提高教育教学质量。',
      '- 医疗卫生:加强村卫生室建设,提高医疗服务水平。',
      '二、挑战与问题',
      '1. 党员队伍老化',
      '2. 产业发展困境',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 党员队伍老化', 'problem: 产业发展困境']);
    // Under a heading naming the situation only (`基本情况`), such a list is still what the text proposes.
    expect(itemsOf(text.replace('工作亮点', '基本情况')).filter((i) => i.startsWith('countermeasure'))).toHaveLength(2);
  });
});
