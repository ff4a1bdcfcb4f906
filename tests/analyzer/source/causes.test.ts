import { describe, expect, it } from 'vitest';
import { analyzeText, itemsOf } from '../../analyze-helpers.ts';

describe('cause sections', () => {
  it('read as their paragraphs when each states one cause', () => {
    const text = [
      '机关党建存在的问题',
      '(一)存在的问题',
      '当前机关党建存在不少问题，党建业务两张皮现象突出。',
      '(二)存在问题的原因分析',
      '对党建工作认识不足，是制约机关党建推进的重要原因。一些单位重业务轻党建。',
      '党务工作职责不明，是机关党建软弱涣散的主要原因。专职党务干部少。',
      '重制度、轻落实，是阻碍机关党建健康发展的又一重要原因。',
      '机关党建工',
      '',
    ].join('\n');
    // A heading that only names its role titles its item by the first sentence.
    expect(itemsOf(text)).toEqual([
      'problem: 当前机关党建存在不少问题，党建业务两张皮现象突出',
      'cause: 对党建工作认识不足',
      'cause: 党务工作职责不明',
      'cause: 重制度、轻落实',
    ]);
  });

  it('stay one item when only one paragraph states a cause', () => {
    const text = [
      '机关党建存在的问题',
      '(一)存在的问题',
      '党建业务两张皮现象突出。',
      '(二)存在问题的原因分析',
      '对党建工作认识不足，是制约机关党建推进的重要原因。',
      '一些单位重业务轻党建，专职党务干部少。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党建业务两张皮现象突出',
      'cause: 对党建工作认识不足，是制约机关党建推进的重要原因',
    ]);
  });

  it('under an unnumbered cause line keep numbered causes worded as deficiencies', () => {
    const text = [
      '党建工作中的落实问题',
      '在实际工作中，我们发现一些单位的党建工作落实不到位，需要认真分析。',
      '党建工作中不重视落实的原因',
      '1、思想认识不到位，部分党员干部对党建工作的重要性认识不足，缺乏正确观念。',
      '2、制度执行不严格，一些党组织执行力度不够，导致制度形同虚设。',
      '解决落实问题的对策',
      '1、强化思想教育。',
      '2、严格制度执行。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'cause: 思想认识不到位，部分党员干部对党建工作的重要性认识不足，缺乏正确观念',
      'cause: 制度执行不严格，一些党组织执行力度不够，导致制度形同虚设',
      'countermeasure: 强化思想教育',
      'countermeasure: 严格制度执行',
    ]);
  });
});

describe('causes a problem announces with a colon', () => {
  const text = [
    '私营企业党建工作的调查与思考',
    '二、存在的突出问题',
    '(一)组织建立难。建立党组织的企业比例仍较小，原因有三：一是认识不到位，认为党员数量少；二是业主有顾虑，担心影响经营；三是党员流动性大，组织关系不转。',
    '(二)活动开展难。党组织活动时间难保证，形式单一。',
    '三、对策建议',
    '(一)加大组建力度。逐一摸排企业。',
    '(二)创新活动方式。利用网络开展活动。',
    '',
  ].join('\n');

  it('are cause items beside it, paired with it, no longer its sub-points', () => {
    const result = analyzeText(text);
    if (!result.ok) throw new Error('not analyzed');
    const items = result.source.articles[0].items;
    expect(items.map((i) => `${i.role}: ${i.title} ${i.subpoints.length}`)).toEqual([
      'problem: 组织建立难 0',
      'cause: 认识不到位，认为党员数量少 0',
      'cause: 业主有顾虑，担心影响经营 0',
      'cause: 党员流动性大，组织关系不转 0',
      'problem: 活动开展难 0',
      'countermeasure: 加大组建力度 0',
      'countermeasure: 创新活动方式 0',
    ]);
    const problem = items[0];
    expect(items.slice(1, 4).every((c) => c.pairedWith.includes(problem.id))).toBe(true);
  });

  it('stay sub-points where a sentence only mentions causes before its points', () => {
    const explained = text
      .replace('原因有三：一是', '由于多种原因，组织难建。首先，')
      .replace('；二是', '。其次，')
      .replace('；三是', '。最后，');
    expect(itemsOf(explained).filter((i) => i.startsWith('cause'))).toEqual([]);
  });
});

describe('a numbered problem whose heading states it, with lists within sentences in its text', () => {
  const text = [
    '乡村组织振兴的痛点与原因',
    '(一)痛点 1:基层党组织“软弱涣散”,凝聚力不足',
    '部分村“两委”班子存在问题:某村书记长期在外打工,党组织形同虚设;某村决策不公开,村民不知情;某村党员老龄化严重。核心原因:党员发展“重数量、轻质量”;村干部选拔机制不健全;党组织活动“形式化”。',
    '(二)痛点 2:村集体经济“空壳化”,治理无底气',
    '多数村集体沦为“空壳村”:某村年收入不足5万元;某村负债超100万元。核心原因:村集体缺乏“产业经营能力”;过去“重分配、轻积累”;缺乏“专业经营人才”。',
    '',
  ].join('\n');

  it('is the item; its examples are not, its causes are, paired with it', () => {
    const result = analyzeText(text);
    if (!result.ok) throw new Error('not analyzed');
    const items = result.source.articles[0].items;
    expect(items.map((i) => `${i.role}: ${i.title}`)).toEqual([
      'problem: 痛点 1:基层党组织“软弱涣散”,凝聚力不足',
      'cause: 党员发展“重数量、轻质量”',
      'cause: 村干部选拔机制不健全',
      'cause: 党组织活动“形式化”',
      'problem: 痛点 2:村集体经济“空壳化”,治理无底气',
      'cause: 村集体缺乏“产业经营能力”',
      'cause: 过去“重分配、轻积累”',
      'cause: 缺乏“专业经营人才”',
    ]);
    expect(items[1].pairedWith).toEqual([items[0].id]);
  });

  it('is not where its heading names the part (`二、…存在的突出问题`): the points in it are the items', () => {
    const named = text.replace('(一)痛点 1:基层党组织“软弱涣散”,凝聚力不足', '(一)基层党组织存在的突出问题');
    expect(itemsOf(named).slice(0, 3)).toEqual([
      'problem: 某村书记长期在外打工,党组织形同虚设',
      'problem: 某村决策不公开,村民不知情',
      'problem: 某村党员老龄化严重',
    ]);
  });
});

describe('a section of causes among numbered problems', () => {
  it('lists causes, its bullets labelled with what they say (`激励不足:`), not problems', () => {
    const text = [
      '党建学习创新的思考',
      '一、当前党建学习存在的问题分析',
      '1.1 学习形式单一，缺乏吸引力',
      '传统的集中学习模式存在局限。',
      '1.2 学习与实践脱节',
      '许多学习活动存在“为学习而学习”的现象。',
      '1.3 参与度低的原因分析',
      '党员参与度低的主要原因包括:',
      '- 时间冲突:在职党员工作繁忙，难以参加集中学习',
      '- 需求错位:学习内容与党员需求匹配度不高',
      '- 激励不足:缺乏有效的参与激励机制',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 学习形式单一，缺乏吸引力',
      'problem: 学习与实践脱节',
      'cause: 时间冲突:在职党员工作繁忙，难以参加集中学习',
      'cause: 需求错位:学习内容与党员需求匹配度不高',
      'cause: 激励不足:缺乏有效的参与激励机制',
    ]);
  });
});

describe('a heading naming a countermeasure and the problem it answers', () => {
  it('gives both, the countermeasure answering the problem (`…,着力解决…的问题`, `着眼…的问题,应…`)', () => {
    const text = [
      '加强机关党支部书记队伍建设的思考',
      '一、提高认识明确责任,着力解决党支部书记忽视做党务工作的问题',
      '一是对党支部的核心作用认识模糊。二是对抓党支部建设抱着应付态度。',
      '二、着眼个别党支部所管党员人数偏多的问题,应科学合理设置',
      '调研中发现,个别支部党员人数多达96人。',
      '',
    ].join('\n');
    const result = analyzeText(text);
    if (!result.ok) throw new Error('not analyzed');
    const items = result.source.articles[0].items;
    expect(items.map((i) => `${i.role}: ${i.title} ← ${i.pairedWith.join(' ')}`)).toEqual([
      'problem: 党支部书记忽视做党务工作 ← t-measure-1',
      'countermeasure: 提高认识明确责任 ← t-problem-1',
      'problem: 个别党支部所管党员人数偏多 ← t-measure-2',
      'countermeasure: 应科学合理设置 ← t-problem-2',
    ]);
    // The countermeasure is the section; the problem is the heading's words.
    expect(items[1].text).toContain('一是对党支部的核心作用认识模糊');
    expect(items[2].text).toBe('着眼个别党支部所管党员人数偏多的问题');
  });
});
