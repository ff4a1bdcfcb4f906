import { describe, expect, it } from 'vitest';
import { analyzeText, itemsOf, pairsOf } from '../../analyze-helpers.ts';

describe('bullet lists', () => {
  it('are the items of a section when they are its one list', () => {
    const text = [
      '社区党建工作的调查与思考',
      '一、存在的问题',
      '经过调研，主要问题如下。',
      '- 组织覆盖不全面，新兴领域党组织少。',
      '• 党员教育管理不规范，学习流于形式。',
      '二、对策建议',
      '● 健全组织体系，扩大覆盖面。',
      '● 创新教育方式，提升学习实效。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 组织覆盖不全面，新兴领域党组织少',
      'problem: 党员教育管理不规范，学习流于形式',
      'countermeasure: 健全组织体系，扩大覆盖面',
      'countermeasure: 创新教育方式，提升学习实效',
    ]);
  });

  it('under short lines of their own make those lines the items, and a point opening `原因是` is a cause', () => {
    const text = [
      '机关党建调研',
      '一、存在的问题',
      '- 学习教育方面:深层次原因是理想信念教育抓得不实。',
      '- 组织生活方面:深层次原因是制度执行不严。',
      '二、对策建议',
      '加强学习教育',
      '▲ 创新学习方式。',
      '▲ 用好网络平台。',
      '严肃组织生活',
      '▲ 落实三会一课。',
      '▲ 开好组织生活会。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'cause: 学习教育方面:深层次原因是理想信念教育抓得不实',
      'cause: 组织生活方面:深层次原因是制度执行不严',
      'countermeasure: 加强学习教育',
      'countermeasure: 严肃组织生活',
    ]);
  });

  it('stay sub-points when several lists follow sentences, not short heading lines', () => {
    const text = [
      '机关党建调研',
      '一、存在的问题',
      '学习教育流于形式，照本宣科。',
      '- 学习内容陈旧。',
      '- 学习方式单一。',
      '组织生活不够严肃，批评不够。',
      '- 会议次数少。',
      '- 质量不高。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 学习教育流于形式，照本宣科']);
  });

  it('each open a line of their own, not a line wrapped onto the one before', () => {
    const text = [
      '流动党员管理的调查',
      '一、流动党员管理的现状',
      '现状说明。',
      '二、管理对策',
      '2.1 加强党组织建设',
      '• 建立流动党员党组织:在流动党员较多的地区建立党组织。',
      '• 优化党组织结构:合理设置党组织。',
      '2.2 创新教育管理方式',
      '• 利用网络平台:建立微信群。',
      '• 开展线上活动:开展学习教育。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['countermeasure: 加强党组织建设', 'countermeasure: 创新教育管理方式']);
  });

  it('may stand alone on the line above their point (a web page’s list drawn apart)', () => {
    const text = [
      '社区“两委”班子的困境',
      '【引言】 社区党委与居委会组成的“两委”班子面临结构性矛盾。',
      '发展瓶颈中的两重困境',
      '-',
      '决策机制的双轨制摩擦 议事流程重叠,权责边界模糊。',
      '-',
      '数字化转型的结构性滞后 数据孤岛现象严重。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 决策机制的双轨制摩擦 议事流程重叠,权责边界模糊',
      'problem: 数字化转型的结构性滞后 数据孤岛现象严重',
    ]);
  });
});

describe('a list a lead-in announces in a section on the situation', () => {
  it('is items of the role the lead-in names', () => {
    const text = [
      '流动党员管理的调查',
      '一、流动党员管理的现状',
      '目前，流动党员管理存在以下问题：',
      '• 党组织联系困难，联系渠道少。',
      '• 党员参与度低，很少参加活动。',
      '二、加强管理的对策',
      '(一)建立流动党员党组织。在流动党员多的地区建立党组织。',
      '(二)创新教育管理方式。利用网络平台开展学习。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党组织联系困难，联系渠道少',
      'problem: 党员参与度低，很少参加活动',
      'countermeasure: 建立流动党员党组织',
      'countermeasure: 创新教育管理方式',
    ]);
  });
});

describe('role labels', () => {
  it('open items inside a paragraph, the points after them each an item, paired as the text states', () => {
    const text = [
      '存在问题:部分支部未落实三会一课制度，记录不完整。整改措施:一是严格落实三会一课；二是规范会议记录。',
      '存在问题:政治学习流于形式。整改措施:强化思想教育，提升党员素质。',
      '',
    ].join('\n');
    expect(pairsOf(text)).toEqual([
      'problem: 部分支部未落实三会一课制度，记录不完整 ↔ 严格落实三会一课、规范会议记录',
      'countermeasure: 严格落实三会一课 ↔ 部分支部未落实三会一课制度，记录不完整',
      'countermeasure: 规范会议记录 ↔ 部分支部未落实三会一课制度，记录不完整',
      'problem: 政治学习流于形式 ↔ 强化思想教育，提升党员素质',
      'countermeasure: 强化思想教育，提升党员素质 ↔ 政治学习流于形式',
    ]);
  });

  it('of another role inside an item answer it; one of its own role only describes it', () => {
    const text = [
      '街道工作挑战与应对',
      '一、工作亮点',
      '网格化管理成效显著。',
      '二、工作中的挑战',
      '1. 资源分配不均',
      '- 挑战描述:辖区范围广，资源分配不均。',
      '- 应对措施:积极争取上级资源，鼓励互助合作。',
      '2. 工作人员不足',
      '- 挑战描述:人员数量有限，难以满足需求。',
      '- 应对措施:加强人力资源配置。',
      '',
    ].join('\n');
    expect(pairsOf(text)).toEqual([
      'problem: 资源分配不均 ↔ 积极争取上级资源，鼓励互助合作',
      'countermeasure: 积极争取上级资源，鼓励互助合作 ↔ 资源分配不均',
      'problem: 工作人员不足 ↔ 加强人力资源配置',
      'countermeasure: 加强人力资源配置 ↔ 工作人员不足',
    ]);
  });

  it('alone on a line inside an item label the bullets after them, which answer the item', () => {
    const lines = [
      '街道成立面临的难题与破解策略',
      '一、行政管理难题',
      '1. 行政权限划分不清',
      '权限划分不清，可能导致管理混乱。',
      '破解策略:',
      '- 明确行政职责，制定权限划分标准。',
      '- 建立协调机制，确保沟通顺畅。',
      '2. 人力资源不足',
      '人力资源往往不足。',
      '破解策略:',
      '- 加强人员培训，提高工作效率。',
      '二、破解策略总结',
      '- 明确行政职责。',
      '- 加强人员培训。',
      '',
    ];
    expect(pairsOf(lines.join('\n'))).toEqual([
      'problem: 行政权限划分不清 ↔ 明确行政职责，制定权限划分标准、建立协调机制，确保沟通顺畅',
      'countermeasure: 明确行政职责，制定权限划分标准 ↔ 行政权限划分不清',
      'countermeasure: 建立协调机制，确保沟通顺畅 ↔ 行政权限划分不清',
      'problem: 人力资源不足 ↔ 加强人员培训，提高工作效率',
      'countermeasure: 加强人员培训，提高工作效率 ↔ 人力资源不足',
    ]);
  });

  it('right under an item heading, in every item to the last, label the bullets as its answers', () => {
    const lines = [
      '二、党员发展难题及破解方法',
      '1. 难题一:入党积极分子数量不足',
      '破解方法:',
      '- 加强宣传教育,提高政治觉悟;',
      '- 扩大宣传范围,吸引优秀分子。',
      '2. 难题二:审批环节出现问题',
      '破解方法:',
      '- 严格执行审批程序。',
      '',
    ];
    expect(pairsOf(lines.join('\n'))).toEqual([
      'problem: 难题一:入党积极分子数量不足 ↔ 加强宣传教育,提高政治觉悟、扩大宣传范围,吸引优秀分子',
      'countermeasure: 加强宣传教育,提高政治觉悟 ↔ 难题一:入党积极分子数量不足',
      'countermeasure: 扩大宣传范围,吸引优秀分子 ↔ 难题一:入党积极分子数量不足',
      'problem: 难题二:审批环节出现问题 ↔ 严格执行审批程序',
      'countermeasure: 严格执行审批程序 ↔ 难题二:审批环节出现问题',
    ]);
  });

  it('alone on a line label the numbered points after them (`整改方向` ⏎ `1.…` ⏎ `2.…`), which answer the item', () => {
    const lines = [
      '一、政治建设方面存在的问题',
      '1.1 政治站位不高,党的领导弱化',
      '问题表现',
      '  • 学习不深入',
      '  • 作用发挥不充分',
      '整改方向',
      '  1. 建立理论学习长效机制,制定计划',
      '  2. 完善党委议事规则,建立台账',
      '1.2 政治纪律执行不严',
      '问题表现',
      '  • 请示报告不到位',
      '',
    ];
    expect(pairsOf(lines.join('\n'))).toEqual([
      'problem: 政治站位不高,党的领导弱化 ↔ 建立理论学习长效机制,制定计划、完善党委议事规则,建立台账',
      'countermeasure: 建立理论学习长效机制,制定计划 ↔ 政治站位不高,党的领导弱化',
      'countermeasure: 完善党委议事规则,建立台账 ↔ 政治站位不高,党的领导弱化',
      'problem: 政治纪律执行不严 ↔ ',
    ]);
    const result = analyzeText(lines.join('\n'));
    const first = result.ok ? result.source.articles[0].items[0] : undefined;
    // The remedies are not also the problem's sub-points.
    expect(first?.subpoints.map((p) => p.text)).not.toContain('建立理论学习长效机制,制定计划');
    expect(first?.text).not.toContain('整改方向');
  });

  it('alone on a line without a colon (`原因分析`) label the bullets after them too', () => {
    const lines = [
      '一、不适应现象解析',
      '1. 发展对象质量不高',
      '部分发展对象的政治觉悟不高。',
      '原因分析',
      '- 入党教育不够深入；',
      '- 党组织的教育引导不够。',
      '2. 发展程序不规范',
      '原因分析',
      '- 监督机制不完善。',
      '二、对策建议',
      '1. 提高发展对象质量',
      '具体措施',
      '- 加强入党教育。',
      '2. 规范发展程序',
      '',
    ];
    expect(pairsOf(lines.join('\n'))).toEqual([
      'problem: 发展对象质量不高 ↔ 入党教育不够深入、党组织的教育引导不够',
      'cause: 入党教育不够深入 ↔ 发展对象质量不高',
      'cause: 党组织的教育引导不够 ↔ 发展对象质量不高',
      'problem: 发展程序不规范 ↔ 监督机制不完善',
      'cause: 监督机制不完善 ↔ 发展程序不规范',
      'countermeasure: 提高发展对象质量 ↔ ',
      'countermeasure: 规范发展程序 ↔ ',
    ]);
  });

  it('that announce a list (`存在的问题有:`) are lead-ins, not items', () => {
    const text = [
      '党支部存在的问题及整改措施',
      '整改措施有:加强学习，丰富活动。',
      '一、存在的问题',
      '(一)学习不深。学习流于形式。',
      '(二)活动不多。活动形式单一。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 学习不深', 'problem: 活动不多']);
  });
});

describe('a report section on the work done (履职状况, 工作开展情况)', () => {
  it('lists no items, even where its points read as actions', () => {
    const text = [
      '2021年度党委书记抓基层党建工作述职报告',
      '一、履职状况',
      '(一)扛牢第一责任，完善闭环管理。年初召开党建工作会议，签订责任书。',
      '(二)围绕作用发挥，实施党建引领。设立党员责任区11个。',
      '二、存在的问题',
      '(一)抓基层打基础措施不硬。对日常性工作满足于一般化安排。',
      '(二)党建创新不够。工作方法陈旧。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 抓基层打基础措施不硬', 'problem: 党建创新不够']);
    expect(itemsOf(text.replace('履职状况', '工作开展情况'))).toEqual([
      'problem: 抓基层打基础措施不硬',
      'problem: 党建创新不够',
    ]);
  });
});

describe('a section on what something does, its strengths or cases (`…的作用`, `三重优势`, `实践案例`)', () => {
  it('lists no items, even where its points read as actions', () => {
    const text = [
      '网格党小组破解小微服务难题',
      '一、网格党小组的作用',
      '1. 强化党建引领:网格党小组组织党员参与社区治理。',
      '2. 破解小微服务难题:网格党小组关注居民生活中的小事。',
      '3. 提升社区治理效能:网格党小组通过精细化管理提升治理水平。',
      '二、网格党小组的实践案例',
      '1. 上海市XX社区网格党小组:通过建立“网格微信群”,开展志愿服务活动。',
      '2. 成都市XX社区网格党小组:推行“网格化”管理,实现社区服务精细化。',
      '三、网格党小组面临的挑战',
      '1. 人员配备不足:部分社区网格党小组人员配备不足。',
      '2. 服务能力有限:网格党小组在服务能力方面存在不足。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 人员配备不足:部分社区网格党小组人员配备不足',
      'problem: 服务能力有限:网格党小组在服务能力方面存在不足',
    ]);
  });
});

describe('a numbered heading opening with a blanked-out name (`二、***县…`)', () => {
  it('is a heading like any other', () => {
    const text = [
      '县委调研报告',
      '一、调研工作基本情况',
      '**月底，县领导带队开展调研。',
      '二、***县需要解决的突出问题',
      '(一)绩效考评机制不科学、不合理。',
      '考评指标过多过滥。',
      '(二)基层负担过重。',
      '会议文件多。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 绩效考评机制不科学、不合理', 'problem: 基层负担过重']);
  });
});

describe('an article no heading names a role in, with its headings lost to sentences', () => {
  const article = (...lines: string[]) => ['支部主题党日活动的几点思考', ...lines, ''].join('\n');
  const opening =
    '主题党日是加强党员教育管理的有效载体。有的支部重视不够,活动组织松散;有的主题不够鲜明,党性教育弱化;有的活动脱离中心工作,实效不强。对此,要在以下方面用力。';

  it('reads clauses that each open with `有的` as problems, and short sentences heading paragraphs as what their words say', () => {
    expect(
      itemsOf(
        article(
          opening,
          '突出政治功能,精选活动主题。',
          '主题党日要把政治建设摆在首位,围绕中心工作确定主题,使主题党日成为政治学习的阵地。',
          '丰富开展形式,充实活动内容。',
          '要探索行之有效的形式,用好党群服务中心,增强主题党日活动的吸引力和感染力。',
        ),
      ),
    ).toEqual([
      'problem: 有的支部重视不够,活动组织松散',
      'problem: 有的主题不够鲜明,党性教育弱化',
      'problem: 有的活动脱离中心工作,实效不强',
      'countermeasure: 突出政治功能,精选活动主题',
      'countermeasure: 丰富开展形式,充实活动内容',
    ]);
  });

  it('does not read a sentence as a heading over a paragraph not twice as long, nor `有的` clauses a meeting report relays', () => {
    expect(
      itemsOf(
        article(
          opening,
          '突出政治功能,精选活动主题。',
          '主题党日的主题,各个支部并不相同。',
          '丰富开展形式,充实活动内容。',
          '主题党日的形式,各个支部也不相同。',
        ),
      ).filter((i) => i.startsWith('countermeasure')),
    ).toEqual([]);
    const report = [
      '某中学党总支召开专题民主生活会',
      '6月25日,我校党总支召开专题民主生活会。在会上,党员们进行了批评与自我批评。有的党员提出平时忙于教学,学习不够深入;有的党员觉得工作中有畏难情绪,落实不够;有的党员说自己联系群众不够,服务意识不强。',
      '会上党员一致表示,要牢记党员身份,履行党员义务。',
      '',
    ].join('\n');
    expect(itemsOf(report)).toEqual([]);
  });
});

describe('a heading naming an area (`(一)…方面`) under a section of one role', () => {
  it('holds the items when two or more numbered sections are under it, and is one when none are', () => {
    const text = (area: string[]) =>
      [
        '学院巡察反馈',
        '二、巡察发现的主要问题',
        '(一)落实上级工作要求方面',
        ...area,
        '(二)党风廉政建设方面',
        '廉政教育流于形式。',
        '',
      ].join('\n');
    expect(
      itemsOf(text(['1.理论学习下功夫不够', '学习计划粗略。', '2.学院治理规范化水平不高', '发展定位不够明确。'])),
    ).toEqual(['problem: 理论学习下功夫不够', 'problem: 学院治理规范化水平不高', 'problem: 党风廉政建设方面']);
    expect(itemsOf(text(['理论学习下功夫不够,学习计划粗略。']))).toEqual([
      'problem: 落实上级工作要求方面',
      'problem: 党风廉政建设方面',
    ]);
  });
});

describe('sub-points of an item', () => {
  it('leave out the comma or colon after a marker that stops before it (`首先,…`, `其一:…`)', () => {
    const text = [
      '一、存在的问题',
      '(一)队伍素质不高',
      '首先,应安排年富力强的干部。其次:要定期培训。',
      '(二)经费不足',
      '其一,经费来源少。其二,使用不规范。',
      '',
    ].join('\n');
    const result = analyzeText(text);
    const items = result.ok ? result.source.articles[0].items : [];
    expect(items.map((i) => i.subpoints.map((p) => `${p.marker}|${p.text}`))).toEqual([
      ['首先|应安排年富力强的干部。', '其次|要定期培训。'],
      ['其一|经费来源少。', '其二|使用不规范。'],
    ]);
  });
});

describe('an inspection-rectification progress report (`关于巡察整改进展情况的通报`)', () => {
  const text = [
    '中共某某委员会党委关于巡察整改进展情况的通报',
    '根据市委统一部署,2024年9月12日至11月15日,市委巡察组对委党委开展了巡察。',
    '一、组织整改落实情况',
    '(一)党委扛牢主体责任。党委坚持把巡察整改工作作为重大政治任务。一是提高政治站位,扛牢整改责任。二是坚持问题导向,细化整改举措。',
    '二、巡察反馈问题整改进展情况',
    '(一)反馈问题:上轮巡察发现的问题整改不够到位',
    '1.政治意识不够强',
    '整改状态:完成',
    '整改情况:一是加强中心组学习,修订学习制度。二是加强指导,督促落实。',
    '2.担当意识不够强',
    '整改状态:阶段性完成',
    '整改情况:一是完善制度,主动监管。二是争取支持,主动化债。',
    '',
  ].join('\n');

  it('reads each feedback problem and the measures its `整改情况:` lists, and not what the report says was done', () => {
    expect(pairsOf(text)).toEqual([
      'problem: 政治意识不够强 ↔ 加强中心组学习,修订学习制度、加强指导,督促落实',
      'countermeasure: 加强中心组学习,修订学习制度 ↔ 政治意识不够强',
      'countermeasure: 加强指导,督促落实 ↔ 政治意识不够强',
      'problem: 担当意识不够强 ↔ 完善制度,主动监管、争取支持,主动化债',
      'countermeasure: 完善制度,主动监管 ↔ 担当意识不够强',
      'countermeasure: 争取支持,主动化债 ↔ 担当意识不够强',
    ]);
  });

  it('reads a section on `…问题的整改情况` as the report’s situation too, so its `整改情况:` measures are read', () => {
    const report = [
      '现将巡察整改进展情况予以公布。',
      '一、健全组织领导,抓紧抓实问题整改',
      '局党组立即组织召开专题民主生活会。',
      '二、巡察反馈问题的整改情况',
      '(一)聚焦贯彻落实情况',
      '1.关于理论学习不深入的问题',
      '整改情况:一是组织专题集中学习。二是组建宣传小分队深入社区。',
      '',
    ].join('\n');
    expect(itemsOf(report)).toEqual(
      expect.arrayContaining(['countermeasure: 组织专题集中学习', 'countermeasure: 组建宣传小分队深入社区']),
    );
  });
});
