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

describe('lists within sentences, more forms', () => {
  it('read in an abstract: parts holding commas after the verb, and a list closed by `则是…措施`', () => {
    const text = [
      '高校教师党支部书记调研',
      '摘要',
      '调研发现,高校教师党支部建设存在全面人才储备不足、组织生活相对单一、时间精力有限,难以处理好业务和党务工作的关系等几方面问题。扩充书记后备人员、建立完善学习机制和确立长效保障机制则是推动书记培养的有效措施。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 全面人才储备不足',
      'problem: 组织生活相对单一',
      'problem: 时间精力有限,难以处理好业务和党务工作的关系',
      'countermeasure: 扩充书记后备人员',
      'countermeasure: 建立完善学习机制',
      'countermeasure: 确立长效保障机制',
    ]);
  });

  it('read in an abstract: clauses after one stating that problems exist (`仍然存在一些问题,A,B,C`)', () => {
    const text = [
      '新时代社会组织党的建设',
      '内容提要:调查研究发现,社会组织党建促进了治理。但目前在发展中仍然存在一些问题,党建领导体制还不够完善,两个覆盖还有待提升,党建工作机制还不够协调。为促进发展,需要进一步创新党建管理体制,创新分类指导机制,创新工作方法。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党建领导体制还不够完善',
      'problem: 两个覆盖还有待提升',
      'problem: 党建工作机制还不够协调',
      'countermeasure: 进一步创新党建管理体制',
      'countermeasure: 创新分类指导机制',
      'countermeasure: 创新工作方法',
    ]);
    // Clauses that do not read as problems are no list of them.
    expect(
      itemsOf(text.replace('两个覆盖还有待提升,党建工作机制还不够协调', '各方高度关注,社会反响良好')),
    ).not.toContain('problem: 党建领导体制还不够完善');
  });

  it('read in an abstract: actions after `应` that change or set right (`转变…`, `端正…`)', () => {
    const text = [
      '高校学生党建问题与对策分析',
      '[摘要]现阶段高校学生党建工作存在着党员素质不高、监督评价不科学、活动经费短缺与文化建设薄弱等问题。针对发展现状,应切实转变工作模式,提升党员素质,端正思想意识,完善考核制度。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党员素质不高',
      'problem: 监督评价不科学',
      'problem: 活动经费短缺与文化建设薄弱',
      'countermeasure: 切实转变工作模式',
      'countermeasure: 提升党员素质',
      'countermeasure: 端正思想意识',
      'countermeasure: 完善考核制度',
    ]);
  });

  it('are the items of a section whose heading names the part (`一、现状和问题` ⏎ `…主要表现是A、B、C等方面`)', () => {
    const text = [
      '新社会组织党建工作的调查',
      '一、现状和问题',
      '全县新社会组织发展迅速。',
      '但党建工作的质量和水平还不高,主要表现是党支部作用发挥不明显、部分班子软弱涣散、党建制度不规范等方面。',
      '二、对策建议',
      '(一)加强班子建设。选优配强书记。',
      '(二)健全党建制度。完善组织生活。',
      '',
    ].join('\n');
    expect(itemsOf(text).filter((i) => i.startsWith('problem'))).toEqual([
      'problem: 党支部作用发挥不明显',
      'problem: 部分班子软弱涣散',
      'problem: 党建制度不规范',
    ]);
  });

  it('are clauses when a led list has no `、` (`主要表现为A,B,C,D。`), and a section on new requirements is context', () => {
    const text = [
      '法院党小组建设的思考',
      '一、全面落实司法责任制对落实党建责任制提出新要求',
      '审判团队成为法院管理的最小单元,加强审判团队建设是落实司法责任制的需要。',
      '二、党小组建设存在的问题',
      '党小组的作用发挥还有一定差距。主要表现为党小组设置不够有效,党小组长队伍建设不够到位,党小组制度建设不够全面。',
      '三、加强党小组建设的路径',
      '一是组织设置规范化,实现全覆盖。二是队伍建设系统化,选优配强党小组长。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党小组设置不够有效',
      'problem: 党小组长队伍建设不够到位',
      'problem: 党小组制度建设不够全面',
      'countermeasure: 组织设置规范化,实现全覆盖',
      'countermeasure: 队伍建设系统化,选优配强党小组长',
    ]);
  });

  it('are not the items of a section stating its point, nor a phrase a verb opens (`面临的A、B等问题`)', () => {
    const text = [
      '社区党建工作的思考',
      '一、存在的问题',
      '(一)社区干部调查研究不够。少数干部对辖区长期面临的基础设施较差、监管难度大、隐患较多等问题缺乏新思路。',
      '(二)社区经费保障不足。说明。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 社区干部调查研究不够', 'problem: 社区经费保障不足']);
  });
});

describe('semicolon lists in an abstract', () => {
  const record = [
    '民办高校党建的挑战及对策',
    '摘要:当前民办高校党的建设仍然面临一些挑战,主要体现在:思想认识有待提升;党务队伍人员有待加强;党建经费难以落实。对此,应完善党建工作机制;发挥党委政治核心作用;健全党建工作保障机制。',
    '关键词:民办高校;党建',
    '',
  ].join('\n');

  it('give points a lead-in naming their role lists, and actions after `应` running over semicolons', () => {
    expect(itemsOf(record)).toEqual([
      'problem: 思想认识有待提升',
      'problem: 党务队伍人员有待加强',
      'problem: 党建经费难以落实',
      'countermeasure: 完善党建工作机制',
      'countermeasure: 发挥党委政治核心作用',
      'countermeasure: 健全党建工作保障机制',
    ]);
    const result = analyzeText(record, 'rec');
    const [article] = result.ok ? result.source.articles : [];
    expect(article.items[0].roleEvidence).toEqual({ source: 'heading', cue: '挑战' });
  });

  it('give none where the words before the list name no role (`主要做法是:A;B;C`)', () => {
    expect(itemsOf(record.replace('仍然面临一些挑战,主要体现在', '取得了成效,主要做法是'))).not.toContain(
      'problem: 思想认识有待提升',
    );
  });

  it('read a list the text says exists (`存在A、B、C等问题`) though few of its parts read as problems', () => {
    const text = record.replace(
      /当前.*?落实。/,
      '但社区党委书记队伍建设也存在后备队伍断层、工作任务重、工作压力大、晋升渠道不通畅等问题。',
    );
    expect(itemsOf(text).filter((i) => i.startsWith('problem'))).toEqual([
      'problem: 后备队伍断层',
      'problem: 工作任务重',
      'problem: 工作压力大',
      'problem: 晋升渠道不通畅',
    ]);
    // So is a list the author proposes as countermeasures (`提出A、B、C等对策建议`); not a list of aspects so proposed.
    const proposed = record.replace(
      /当前.*。/,
      '针对上述问题,提出推进简约治理、提高基层福利待遇、重视思想工作、贯通晋升渠道等对策建议。',
    );
    expect(itemsOf(proposed)).toEqual([
      'countermeasure: 推进简约治理',
      'countermeasure: 提高基层福利待遇',
      'countermeasure: 重视思想工作',
      'countermeasure: 贯通晋升渠道',
    ]);
    expect(itemsOf(proposed.replace('等对策建议', '等方面的思考'))).toEqual([]);
  });

  it('read a list the text says is of a role (`分析认为A、B、C等是造成问题的主要原因`), the verb before it left out', () => {
    const causes = record.replace(
      /当前.*。/,
      '分析认为党员思想滑坡、上级部门指导不力、农村人口大量外流等是造成问题发生的主要原因。',
    );
    expect(itemsOf(causes)).toEqual(['cause: 党员思想滑坡', 'cause: 上级部门指导不力', 'cause: 农村人口大量外流']);
    // Not said to be the causes (`…等对原因的分析`), the list is none.
    expect(itemsOf(causes.replace('等是造成问题发生的主要原因', '等对原因的分析'))).toEqual([]);
  });

  it('read what a text finds to be the inducing causes (`发现A、B等是核心诱因`), not a list an earlier verb opened', () => {
    const text = record.replace(
      /当前.*。/,
      '本研究从社会环境、企业管理、个人认知三个层面剖析成因,发现社会竞争压力传导、企业晋升机制固化、个人价值实现路径模糊等是核心诱因。',
    );
    expect(itemsOf(text)).toEqual([
      'cause: 社会竞争压力传导',
      'cause: 企业晋升机制固化',
      'cause: 个人价值实现路径模糊',
    ]);
  });

  it('read how something shows (`…心态逐渐显现,表现为A、B、C`) where most parts read as deficiencies', () => {
    const shows = (s: string) => itemsOf(record.replace(/当前.*。/, s));
    expect(
      shows('青年员工“躺平”心态逐渐显现,表现为工作积极性不足、职业追求弱化、创新动力匮乏,对企业发展产生不利影响。'),
    ).toEqual(['problem: 工作积极性不足', 'problem: 职业追求弱化', 'problem: 创新动力匮乏']);
    expect(shows('创建成效逐步显现,表现为党员队伍壮大、活动阵地增多、服务范围扩大。')).toEqual([]);
  });

  it('end a list a role word leads at the comma after its last `、` (`主要表现为A、B、C,对…产生不利影响`)', () => {
    const text = record.replace(
      /当前.*。/,
      '当前青年员工的问题主要表现为工作积极性不足、职业追求弱化、创新动力匮乏,对企业发展产生不利影响。',
    );
    expect(itemsOf(text)).toEqual(['problem: 工作积极性不足', 'problem: 职业追求弱化', 'problem: 创新动力匮乏']);
  });

  it('read a list the text says it faces (`面对A、B、C等困境`) though few parts read as problems', () => {
    const text = record.replace(
      /当前.*。/,
      '面对基层党组织结构裂片化、资源离散化、自我认同危机化、基层组织悬浮化等困境,要加强基层组织内部整合。',
    );
    expect(itemsOf(text).filter((i) => i.startsWith('problem'))).toEqual([
      'problem: 基层党组织结构裂片化',
      'problem: 资源离散化',
      'problem: 自我认同危机化',
      'problem: 基层组织悬浮化',
    ]);
  });

  it('read a list of problems something gave rise to (`引发了A、B等问题`), a verb in a part (`面临`) not opening it', () => {
    const text = record.replace(
      /当前.*。/,
      '调研发现村干部年龄结构断层引发了干部班子青黄不接、工作贯彻面临阻碍、年轻干部工作办公室化、专业人才缺乏等问题。',
    );
    expect(itemsOf(text)).toEqual([
      'problem: 干部班子青黄不接',
      'problem: 工作贯彻面临阻碍',
      'problem: 年轻干部工作办公室化',
      'problem: 专业人才缺乏',
    ]);
    // In a body, what a point gave rise to (`导致A、B、C等问题`) is its consequences, not the items.
    const body = [
      '社区党建工作问题及整改措施',
      '问题一:社区的责权利需要进一步明确。有的基层党组织抓党建工作不扎实。',
      '如社区工作起步晚、基础差,导致发展步伐慢、造血功能弱、发展空间窄等问题。',
      '整改措施:构建街道社区党建工作的领导、责任机制。',
      '问题二:组织体制不够完善。社区管理体制有待理顺。',
      '整改措施:培养队伍,提高素质。',
      '',
    ].join('\n');
    expect(itemsOf(body).filter((i) => i.startsWith('problem'))).toEqual([
      'problem: 社区的责权利需要进一步明确',
      'problem: 组织体制不够完善',
    ]);
  });
});

describe('a paper site’s excerpt (`论文部分内容阅读`)', () => {
  const excerpt = [
    '论文部分内容阅读',
    '我县是一个农业县,农民党员是党员队伍的主体。近些年来,农村党员发展存在着工作难度大、发展比例小、发展不平衡、党员人数增长缓慢等问题,致使农村党员队伍整体素质不高。',
    '',
  ].join('\n');

  it('is a paper’s abstract: its lists are read as an abstract’s where nothing else gives items', () => {
    expect(itemsOf(excerpt)).toEqual([
      'problem: 工作难度大',
      'problem: 发展比例小',
      'problem: 发展不平衡',
      'problem: 党员人数增长缓慢',
    ]);
    // Without the notice, such a list in the opening of a text with no item is not read (a news item's as often).
    expect(itemsOf(excerpt.replace('论文部分内容阅读\n', ''))).toEqual([]);
  });

  it('reads two verbs of one object joined by `和` as one action (`切实搞好和改进党的建设`)', () => {
    const text = `论文部分内容阅读\n国有企业深化改革,必须切实搞好和改进党的建设,完善企业党组织工作制度,加强党员队伍教育管理。\n`;
    expect(itemsOf(text)).toEqual([
      'countermeasure: 切实搞好和改进党的建设',
      'countermeasure: 完善企业党组织工作制度',
      'countermeasure: 加强党员队伍教育管理',
    ]);
  });
});
