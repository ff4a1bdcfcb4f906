import { describe, expect, it } from 'vitest';
import { lineRole } from '../../../src/analyzer/source/outline/lines.ts';
import { headingRole } from '../../../src/analyzer/source/outline/roles.ts';
import { itemsOf } from '../../analyze-helpers.ts';
import { rules } from '../../helpers.ts';

describe('unnumbered role heading lines', () => {
  it('give their role to the numbered items below them, until the next such line', () => {
    const text = [
      '社区党建工作调研',
      '近年来，我们对社区党建工作进行了调研，情况如下。',
      '当前党员教育工作中存在的问题',
      '1.学习形式单一。有的支部照本宣科。',
      '2.管理手段落后。台账不全。',
      '对策建议',
      '1.丰富学习形式。开展互动式学习。',
      '2.更新管理手段。建立电子台账。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 学习形式单一',
      'problem: 管理手段落后',
      'countermeasure: 丰富学习形式',
      'countermeasure: 更新管理手段',
    ]);
  });

  it('end at a numbered heading that names a role of its own', () => {
    const text = [
      '调研报告',
      '存在的问题：',
      '1.学习形式单一。有的支部照本宣科。',
      '2.管理手段落后。台账不全。',
      '3.对策建议',
      '加强学习。',
      '',
    ].join('\n');
    expect(itemsOf(text).filter((i) => i.startsWith('problem'))).toEqual([
      'problem: 学习形式单一',
      'problem: 管理手段落后',
    ]);
  });

  it('take the title as the heading when it names one role and the paragraphs enumerate', () => {
    const text = [
      '农村党建问题',
      '',
      '农村党建是一项基础工作，近年来取得了成效，但也存在一些问题。',
      '首先，党员队伍老化严重。年轻人外出务工。',
      '其次，活动阵地不足。一些村没有活动室。',
      '最后，经费保障不到位。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 党员队伍老化严重', 'problem: 活动阵地不足', 'problem: 经费保障不到位']);
  });

  it('are not taken from a title naming both problems and countermeasures', () => {
    const text = ['农村党建存在的问题及对策', '', '一是党员队伍老化。', '二是活动阵地不足。', ''].join('\n');
    expect(itemsOf(text).every((i) => !i.startsWith('countermeasure'))).toBe(true);
  });
});

describe('unnumbered role lines the generated corpus showed', () => {
  const text = (lines: string[]) =>
    ['城市基层党建工作存在的问题及对策', '随着城市化进程的加快,社区党建面临着许多新情况。', ...lines, ''].join('\n');

  it('stay heading lines before a lead-in, also when they end `原因分析`, and are not joined to it', () => {
    expect(
      itemsOf(
        text([
          '社区党建工作存在的突出问题',
          '（一）财力物力投入不足,工作环境与条件欠缺。目前活动场所短缺。',
          '（二）社区党员的教育管理缺乏有效的机制。市区党员多。',
          '基础党建工作存在问题的原因分析',
          '造成上述问题的原因是多方面的,主要有以下几点:',
          '（一）理论学习不深,“总开关”拧得不紧。基层党组织放松学习。',
          '（二）组织纪律不强,“精气神”展现不佳。作用发挥不充分。',
          '加强社区党建工作的对策和措施',
          '结合新形势,现就做好社区党建工作提出如下对策:',
          '（一）坚持学字为先。健全完善学习制度。',
          '（二）要加强社区党组织的自身建设。要坚持不懈地加强班子建设。',
        ]),
      ),
    ).toEqual([
      'problem: 财力物力投入不足,工作环境与条件欠缺',
      'problem: 社区党员的教育管理缺乏有效的机制',
      'cause: 理论学习不深,“总开关”拧得不紧',
      'cause: 组织纪律不强,“精气神”展现不佳',
      'countermeasure: 坚持学字为先',
      'countermeasure: 要加强社区党组织的自身建设',
    ]);
  });

  it('hold the items numbered on below them, whatever their headings name (`提高认识`, `新形势`)', () => {
    expect(
      itemsOf(
        text([
          '存在的问题',
          '（一）财力物力投入不足,工作环境与条件欠缺。',
          '（二）社区党员的教育管理缺乏有效的机制。',
          '对策和措施',
          '（一）适应新形势新任务的需要,大力加强社区干部队伍建设。',
          '（二）要加强社区党组织的自身建设。',
          '（三）转变观念,提高认识。社区活动多。',
        ]),
      ),
    ).toEqual([
      'problem: 财力物力投入不足,工作环境与条件欠缺',
      'problem: 社区党员的教育管理缺乏有效的机制',
      'countermeasure: 适应新形势新任务的需要,大力加强社区干部队伍建设',
      'countermeasure: 要加强社区党组织的自身建设',
      'countermeasure: 转变观念,提高认识',
    ]);
  });

  it('take an item naming the role among items (`(三)党组织建设问题` ⏎ `1、…`) as one item, its list its points', () => {
    expect(
      itemsOf(
        text([
          '存在的问题',
          '(一)调查研究不实,存在“走马观花”的形式主义。',
          '(二)社区的责权利需要进一步明确。',
          '(三)党组织建设问题',
          '1、活动场所以及设施比较缺乏,对社区党建工作产生不利影响。',
          '2、社区党员活动场所短缺、面积狭小,管理能力受到限制。',
          '对策建议',
          '(一)加强干部培训和交流。',
          '(二)分类指导,加强管理。',
        ]),
      ),
    ).toEqual([
      'problem: 调查研究不实,存在“走马观花”的形式主义',
      'problem: 社区的责权利需要进一步明确',
      'problem: 党组织建设问题',
      'countermeasure: 加强干部培训和交流',
      'countermeasure: 分类指导,加强管理',
    ]);
  });
});

describe('role vocabulary of the genre', () => {
  it('reads the role words the corpus uses beyond the sample', () => {
    const role = (h: string) => headingRole(h, rules.roleCues).role;
    expect(
      ['党建工作的短板弱项', '机关党建存在的差距', '流动党员管理新策略', '下一步工作打算', '今后的努力方向'].map(role),
    ).toEqual(['problem', 'problem', 'countermeasure', 'countermeasure', 'countermeasure']);
    expect(role('当前县直机关党建工作基本情况')).toBe('context');
  });

  it('reads no bulleted line as a heading: it is a point of a list (`• 存在“七个有之”问题苗头`)', () => {
    expect(lineRole('• 存在“七个有之”问题苗头', rules.roleCues)).toBe(undefined);
    expect(lineRole('- 主要问题', rules.roleCues)).toBe(undefined);
    expect(lineRole('存在的主要问题', rules.roleCues)).toMatchObject({ role: 'problem' });
  });

  it('reads a short whole sentence that ends naming a role as a line naming it, not a line cut by a wrap', () => {
    expect(lineRole('对此,我们要提出解决的对策和建议。', rules.roleCues)).toMatchObject({ role: 'countermeasure' });
    expect(lineRole('从社区党建工作的开展问题分析来看,主要是多方面的原因', rules.roleCues)).toBe(undefined);
    expect(lineRole('这些问题的存在,影响了工作的开展。', rules.roleCues)).toBe(undefined);
    expect(lineRole('党务工作职责不明，是机关党建软弱涣散的主要原因。', rules.roleCues)).toBe(undefined);
    // A story's sentence telling what someone did announces no part; one stating a purpose (`为了`) still may.
    expect(lineRole('江松说出了自己最担忧的问题。', rules.roleCues)).toBe(undefined);
    expect(lineRole('为了解决这些问题,需要采取一系列措施。', rules.roleCues)).toMatchObject({ role: 'countermeasure' });
    const text = [
      '非公企业党建存在的问题与对策',
      '非公企业党建也存在一些不容回避的问题。主要表现为企业党组织活动载体少。',
      '对此,我们要提出解决的对策和建议。',
      '(一)配强壮大党员队伍',
      '一是配强党组织负责人。二是壮大党员队伍。',
      '(二)加强党员教育管理',
      '一要做好常规教育。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['countermeasure: 配强壮大党员队伍', 'countermeasure: 加强党员教育管理']);
  });

  it('reads a lead-in ending with `:` that names its list after `以下`, a purpose following (`采取以下措施改善…:`)', () => {
    expect(lineRole('针对以上问题,可以采取以下措施改善与社区居民的互动:', rules.roleCues)).toMatchObject({
      role: 'countermeasure',
      cue: '措施',
    });
    // Not a thing the role word qualifies (`以下问题的村庄`), a sentence with the purpose (`。`), nor one without `以下`.
    expect(lineRole('据调查,存在以下问题的村庄有:', rules.roleCues)).toBe(undefined);
    expect(lineRole('针对以上问题,可以采取以下措施改善与居民的互动。', rules.roleCues)).toBe(undefined);
    expect(lineRole('针对以上问题,采取的措施改善了与居民的互动:', rules.roleCues)).toBe(undefined);
    const text = [
      '社区党群服务中心缺乏与居民的互动可能有以下原因:',
      '1. 缺乏有效的沟通渠道。服务中心与居民之间缺乏有效的沟通渠道,使得信息传递不畅。',
      '2. 缺乏互动机制。服务中心可能没有建立起有效的互动机制,导致无法收集居民的意见。',
      '针对以上问题,可以采取以下措施改善与社区居民的互动:',
      '1. 建立多元化的沟通渠道,方便居民提出意见。',
      '2. 定期召开居民代表会议,邀请居民参与决策。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'cause: 缺乏有效的沟通渠道',
      'cause: 缺乏互动机制',
      'countermeasure: 建立多元化的沟通渠道,方便居民提出意见',
      'countermeasure: 定期召开居民代表会议,邀请居民参与决策',
    ]);
  });

  it('reads `难点` / `痛点` / `堵点` / `现实境遇` as naming the problems', () => {
    expect(
      [
        '公立医院党建工作的难点',
        '痛点 2:村集体经济“空壳化”',
        '基层治理的堵点',
        '高校基层党组织思想政治工作的现实境遇',
      ].map((h) => headingRole(h, rules.roleCues).role),
    ).toEqual(['problem', 'problem', 'problem', 'problem']);
    expect(headingRole('破解难点的对策', rules.roleCues).role).toBe('countermeasure');
  });

  it('reads `主要表现` / `具体表现` / `…的表现` / `表现形式` / `问题现状` as naming the problems, so the points below are the items', () => {
    expect(
      [
        '软弱涣散村的主要表现',
        '存在的主要问题和具体表现',
        '基层党支部政治功能弱化的表现',
        '“两张皮”问题现状',
        '表现形式',
      ].map((h) => headingRole(h, rules.roleCues).role),
    ).toEqual(['problem', 'problem', 'problem', 'problem', 'problem']);
    // What the problems lead to (`危害分析`, between `表现形式` and `对策建议`) is the situation, not a cause.
    expect(headingRole('危害分析', rules.roleCues).role).toBe('context');
    const text = [
      '基层党组织“三会一课”质量不高问题调研报告',
      '近来我们对“三会一课”状况进行了调研。',
      '一、“三会一课”质量不高的主要表现',
      '一是形式单一。开会多、读文件多。',
      '二是内容枯燥。泛泛而谈的多。',
      '三是民主渠道不畅。会前征求党员意见少。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 形式单一', 'problem: 内容枯燥', 'problem: 民主渠道不畅']);
    const shortHeads = [
      '政治功能弱化',
      '一、政治功能弱化的表现',
      '政治意识淡化。有的支部说起来重要、干起来次要;',
      '监督职能淡化。部分支部监督意识比较薄弱。',
      '',
    ];
    expect(itemsOf(shortHeads.join('\n'))).toEqual(['problem: 政治意识淡化', 'problem: 监督职能淡化']);
  });
});

describe('a countermeasure heading naming the problem it solves in a later clause', () => {
  it('is a countermeasure, and a role word the heading finds wanting (`工作方法不当`) names no role', () => {
    const text = [
      '党小组工作的思考',
      '当前一些党小组职责落实不力,影响了党的工作效率。',
      '原因分析',
      '1、思想认识不到位,一些党小组长对党小组工作的重要性认识不足。',
      '2、工作方法不当,一些党小组在工作方法上缺乏创新。',
      '对策建议',
      '1、加强思想教育,提高党小组长对党小组工作的认识。',
      '2、建立激励约束机制,解决党小组长主动性不够,积极性不高的问题。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'cause: 思想认识不到位,一些党小组长对党小组工作的重要性认识不足',
      'cause: 工作方法不当,一些党小组在工作方法上缺乏创新',
      'countermeasure: 加强思想教育,提高党小组长对党小组工作的认识',
      'countermeasure: 建立激励约束机制,解决党小组长主动性不够,积极性不高的问题',
    ]);
  });
});

describe('a rectification report’s title (`…整改报告`)', () => {
  it('names no one role for its body: the problems it lists and the changes it reports are read', () => {
    const text = [
      '县两新组织党建专项整治整改报告',
      '根据工作部署要求,现将有关情况报告如下:',
      '一、基本情况',
      '主要存在以下几方面问题:一是组织设置还不到位,部分党组织未及时撤销;二是党建活动开展还不到位,活动形式单一。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 组织设置还不到位,部分党组织未及时撤销',
      'problem: 党建活动开展还不到位,活动形式单一',
    ]);
  });
});
