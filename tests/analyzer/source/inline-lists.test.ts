import { describe, expect, it } from 'vitest';
import { ABSTRACT_NODE } from '../../../src/analyzer/index.ts';
import { analyzeCorpus } from '../../../src/analyzer/corpus/index.ts';
import { analyzeText, corpusOptions, itemsOf } from '../../analyze-helpers.ts';

/** An abstract-only record, as a journal database exports it. */
const RECORD = [
  '社区党建工作的问题与对策',
  '作者：张三',
  '摘要：当前社区党建存在组织覆盖不全、活动形式单一、经费保障不足等问题。文章认为,要健全组织体系、创新活动方式、加大经费投入。',
  '关键词：社区党建；问题；对策',
  '',
].join('\n');

describe('lists in an abstract', () => {
  it('give the items of an article whose body gives none: a list closed by `等` and a role word, and actions after `要`', () => {
    expect(itemsOf(RECORD)).toEqual([
      'problem: 组织覆盖不全',
      'problem: 活动形式单一',
      'problem: 经费保障不足',
      'countermeasure: 健全组织体系',
      'countermeasure: 创新活动方式',
      'countermeasure: 加大经费投入',
    ]);
    const result = analyzeText(RECORD, 'rec');
    const [article] = result.ok ? result.source.articles : [];
    expect(article.abstractOnly).toBe(true);
    expect(article.items.every((i) => i.node === ABSTRACT_NODE && i.path[0] === '摘要')).toBe(true);
    // The role word closing the list is the evidence; actions are inferred from their words.
    expect(article.items.map((i) => i.roleEvidence)).toEqual([
      ...Array(3).fill({ source: 'heading', cue: '问题' }),
      { source: 'inferred', words: ['健全'], margin: 1 },
      { source: 'inferred', words: ['创新'], margin: 1 },
      { source: 'inferred', words: ['加大'], margin: 1 },
    ]);
    // Each item's text is the abstract's own words at its place in the source.
    for (const item of article.items) expect(article.text.slice(item.span.start, item.span.end)).toBe(item.title);
  });

  it('are segmented like the body, so that their words link them', () => {
    const result = analyzeText(RECORD, 'rec');
    if (!result.ok) throw new Error('not analyzed');
    const { links } = analyzeCorpus([result.source], [], corpusOptions()).corpus;
    const lexical = links.filter((l) => l.kind === 'lexical').map((l) => `${l.from} → ${l.to}`);
    expect(lexical).toContain('rec-problem-2 → rec-measure-2'); // 活动形式单一 → 创新活动方式
  });

  it('list the parts after a verb opening the list, most reading as its role; a list of methods is none', () => {
    const abstract = (s: string) => ['医院党支部建设调查', `摘要：${s}`, '关键词：党支部', ''].join('\n');
    expect(
      itemsOf(
        abstract(
          '从四个环节总结当前存在政策制定参与主体缺乏广泛性、重要环节党建引领力不强、党业融合培训缺乏统一性等问题。',
        ),
      ),
    ).toEqual([
      'problem: 政策制定参与主体缺乏广泛性',
      'problem: 重要环节党建引领力不强',
      'problem: 党业融合培训缺乏统一性',
    ]);
    expect(itemsOf(abstract('运用文献检索、问卷调查、个别访谈等方法进行调研分析。'))).toEqual([]);
    // Two clauses after `要` are a condition and its consequence, not a list.
    expect(itemsOf(abstract('要构建和谐社会,就必须做好社区的党建工作。'))).toEqual([]);
  });

  it('are not read where the body gives items', () => {
    const text = RECORD.replace(
      '关键词：社区党建；问题；对策\n',
      '关键词：社区党建；问题；对策\n一、存在的问题\n（一）党员教育不够。说明。\n（二）活动阵地缺乏。说明。\n',
    );
    expect(itemsOf(text)).toEqual(['problem: 党员教育不够', 'problem: 活动阵地缺乏']);
  });
});

describe('examples a clause naming a role introduces in the opening (`…的问题,比如A、B、C等等`)', () => {
  const text = [
    '模范机关创建常态化长效化机制构建',
    '各级机关深入推进模范机关创建工作,但实践中仍有一些亟待解决的问题,比如“谁来建”的主体责任不够清晰、“建什么”的标准要求不够精准、“如何建”的制度机制不够完善等等。',
    '一、严格主体责任,建立健全科学化目标设置机制',
    '一是明确责任主体。二是科学设立目标标准。',
    '',
  ].join('\n');

  it('are the problems where no section or point gives one', () => {
    expect(itemsOf(text)).toEqual([
      'problem: “谁来建”的主体责任不够清晰',
      'problem: “建什么”的标准要求不够精准',
      'problem: “如何建”的制度机制不够完善',
      'countermeasure: 严格主体责任,建立健全科学化目标设置机制',
    ]);
  });

  it('are not read where a section gives problems, nor is a preview closed by a role word (`存在A、B等问题`)', () => {
    const sections = text.replace(
      '一、严格主体责任',
      '一、存在的问题\n（一）主体责任不清。说明。\n（二）标准要求不准。说明。\n二、严格主体责任',
    );
    expect(itemsOf(sections).filter((i) => i.startsWith('problem'))).toEqual([
      'problem: 主体责任不清',
      'problem: 标准要求不准',
    ]);
    const preview = text.replace(/,比如(.*)等等。/, ',存在$1等问题。');
    expect(itemsOf(preview)).toEqual([]);
  });
});
