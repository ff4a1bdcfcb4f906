import { describe, expect, it } from 'vitest';
import { namesPair } from '../../../src/analyzer/source/outline/roles.ts';
import { analyzeText, itemsOf } from '../../analyze-helpers.ts';
import { rules } from '../../helpers.ts';

describe('enumerations inside one paragraph', () => {
  it('are the items after a lead-in that announces them, each run with the role its lead-in names', () => {
    const text = [
      '机关党建调研',
      '一、调研发现',
      '经过调研，当前存在以下问题：一是学习教育流于形式，照本宣科；二是组织生活不够严肃，批评不够；三是制度执行不严。',
      '针对上述情况，提出如下建议：一是创新学习方式；二是严格组织生活。',
      '二、调研体会',
      '调研让我们认识到党建工作的重要性。',
      '',
    ].join('\n');
    const named = text.replace('一、调研发现', '一、存在的问题');
    // Under a problem heading, or under none (the lead-ins name the roles all the same).
    expect(itemsOf(text)).toEqual(itemsOf(named));
    expect(itemsOf(named)).toEqual([
      'problem: 学习教育流于形式，照本宣科',
      'problem: 组织生活不够严肃，批评不够',
      'problem: 制度执行不严',
      'countermeasure: 创新学习方式',
      'countermeasure: 严格组织生活',
    ]);
  });

  it('stay the sub-points of an item when nothing announces them', () => {
    const text = [
      '农村党建调研',
      '一、存在的问题',
      '(一)带头人选配难度大。一是能人不愿干，二是干部年龄偏大。',
      '(二)活动阵地不足。一是场所小，二是设施旧。',
      '',
    ].join('\n');
    const result = analyzeText(text);
    const items = result.ok ? result.source.articles[0].items : [];
    expect(items.map((i) => `${i.title} ${i.subpoints.length}`)).toEqual(['带头人选配难度大 2', '活动阵地不足 2']);
  });
});

describe('enumerations the development corpus showed', () => {
  it('under a heading naming the role, are the items when the run opens the paragraph', () => {
    const text = [
      '农村学校党建工作的思考',
      '一、农村学校党建工作存在的问题',
      '首先是工作体系不完善，指导脱节。其次是组织建设水平有待加强，书记年龄偏高。最后是活动形式有待创新。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 工作体系不完善，指导脱节',
      'problem: 组织建设水平有待加强，书记年龄偏高',
      'problem: 活动形式有待创新',
    ]);
  });

  it('under a role heading, stay sub-points after a sentence that only reads as a deficiency', () => {
    const text = [
      '民主生活会的症结',
      '一、民主生活会质量难以提高的主要症结',
      '一些单位只注重次数，对质量重视不够。一是学习不够，针对性不强。二是选题不够集中。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['cause: 民主生活会质量难以提高的主要症结']);
  });

  it('with no role heading, are announced by the end of the paragraph before, or by deficiency wording', () => {
    const before = [
      '两新组织党建工作浅议',
      '从调研情况看，两新组织党建工作还存在以下几个方面的问题。',
      '一是工委运行机制不畅，督促指导不够；二是数据更新不及时；三是标准化水平不高。',
      '',
    ].join('\n');
    expect(itemsOf(before)).toEqual([
      'problem: 工委运行机制不畅，督促指导不够',
      'problem: 数据更新不及时',
      'problem: 标准化水平不高',
    ]);
    const wording = ['街道党建的思考', '当前，街道党的工作很不适应。一是班子能力有待提高；二是支部不健全。', ''].join(
      '\n',
    );
    expect(itemsOf(wording)).toEqual(['problem: 班子能力有待提高', 'problem: 支部不健全']);
  });

  it('stay the sub-points of a paragraph that is itself a numbered point, whatever its wording', () => {
    const text = [
      '私营企业党建工作的调查',
      '第三,党员先锋模范作用得到一定发挥。一是积极宣传党的政策;二是积极主动做好协调工作。',
      '第四,一批优秀分子被吸收入党,党员队伍结构有所改善。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([]);
  });

  it('after a lead-in answering the problems, are countermeasures', () => {
    const text = [
      '非公党建面临的问题',
      '当前面临许多突出问题：一是覆盖面不广；二是活动形式单一。',
      '针对这些问题，首先是要系统学习上级文件；二是坚持一企一策；三是优化服务流程。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 覆盖面不广',
      'problem: 活动形式单一',
      'countermeasure: 要系统学习上级文件',
      'countermeasure: 坚持一企一策',
      'countermeasure: 优化服务流程',
    ]);
  });
});

describe('a run of paragraphs whose first point shares its lead-in’s paragraph', () => {
  it('is a run of paragraphs (`…几个方面。首先，…` ⏎ `其次，…` ⏎ `最后，…`)', () => {
    const text = [
      '检察工作存在重业务轻党建',
      '重业务轻党建的问题主要存在于几个方面。首先,一些检察人员把业务作为首要任务,忽视了党建。',
      '其次,一些检察人员只注重业务、不注重党建。',
      '最后,一些检察工作重办案、轻党建。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 一些检察人员把业务作为首要任务,忽视了党建',
      'problem: 一些检察人员只注重业务、不注重党建',
      'problem: 一些检察工作重办案、轻党建',
    ]);
  });

  it('is a run of paragraphs under a numbered heading naming the role too', () => {
    const text = [
      '社区党建工作的思考',
      '一、当前社区党建工作中存在的主要问题',
      '调研发现，问题主要存在于以下几个方面。首先，社区的责权利不统一。社区承担的任务多。',
      '其次，活动载体陈旧，服务手段单一。目前，活动形式单一。',
      '二、加强社区党建工作的对策和措施',
      '一是夯实基础。二是健全机制。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 社区的责权利不统一',
      'problem: 活动载体陈旧，服务手段单一',
      'countermeasure: 夯实基础',
      'countermeasure: 健全机制',
    ]);
  });

  it('leaves a run its last point’s next paragraph announces to that paragraph (`…加以解决。首先，要…`)', () => {
    const text = [
      '关于社区党建的几点思考',
      '当前社区党建存在以下问题：',
      '一是党员意识淡薄，参与活动少。',
      '二是活动阵地不足，场所简陋。',
      '对上述问题，必须采取有效措施加以解决。首先，要加强党员教育。其次，要加大阵地投入。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党员意识淡薄，参与活动少',
      'problem: 活动阵地不足，场所简陋',
      'countermeasure: 要加强党员教育',
      'countermeasure: 要加大阵地投入',
    ]);
  });
});

describe('a run inside a point of a run in the same paragraph', () => {
  it('is that point’s sub-points when the outer run goes on after it (`一是…两个方面,一是…二是…。二是…`)', () => {
    const text = [
      '关于流动党员管理的调研',
      '当前流动党员队伍存在的问题:一是底数难摸清。主要表现在两个方面,一是组织找党员难。部分党员外出时不登记。二是党员找组织难。新单位没有党组织。二是管理不规范。主要表现在三个方面,一是不能正常参加组织生活。二是不能按规定接转组织关系。三是不能按时缴纳党费。三是教育不适应。教育内容陈旧。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 底数难摸清', 'problem: 管理不规范', 'problem: 教育不适应']);
  });
});

describe('discourse ordinals', () => {
  it('count 再者 as a third point, like 再次', () => {
    const text = [
      '在职党员进社区活动的问题',
      '当前主要存在以下问题:',
      '首先,参与度不高。',
      '其次,活动形式单一。',
      '再者,沟通协调不够顺畅。',
      '最后,监督评估机制尚不完善。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 参与度不高',
      'problem: 活动形式单一',
      'problem: 沟通协调不够顺畅',
      'problem: 监督评估机制尚不完善',
    ]);
  });
});

describe('a lead-in that previews both problems and countermeasures', () => {
  it('announces neither: its points are read by their own wording (`本文将探讨这些问题，并提出相应的对策。`)', () => {
    const text = [
      '在职党员进社区活动的问题',
      '然而,这项活动也面临着一些亟待解决的问题。本文将探讨这些问题,并提出相应的对策。',
      '首先,参与度不高是普遍存在的问题。部分党员工作繁忙。',
      '其次,活动形式单一也是制约活动深入开展的一个重要因素。',
      '最后,沟通协调不够顺畅。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 参与度不高是普遍存在的问题',
      'problem: 活动形式单一也是制约活动深入开展的一个重要因素',
      'problem: 沟通协调不够顺畅',
    ]);
  });

  it('takes no `并非` or `参与` for a word joining the two (`这些问题的存在并非偶然,其背后有着…原因。`)', () => {
    const text = [
      '作风建设仍然面临一些问题和挑战。这些问题的存在并非偶然,其背后有着复杂而深刻的原因。',
      '首先,思想认识上的偏差是一个关键因素。部分党员干部对作风建设重视不够。',
      '其次,制度建设存在不足也是一个不容忽视的问题。制度落实不到位。',
      '最后,干部选拔任用机制也需要进一步优化。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'cause: 思想认识上的偏差是一个关键因素',
      'cause: 制度建设存在不足也是一个不容忽视的问题',
      'cause: 干部选拔任用机制也需要进一步优化',
    ]);
    const cues = rules.roleCues;
    expect(namesPair('这些问题的存在并非偶然,其背后的原因', 'cause', '原因', cues)).toBe(false);
    expect(namesPair('居民参与不足的原因', 'cause', '原因', cues)).toBe(false);
    expect(namesPair('探讨这些问题,并提出相应的对策', 'countermeasure', '对策', cues)).toBe(true);
    expect(namesPair('存在的问题与原因', 'cause', '原因', cues)).toBe(true);
  });

  it('takes no heading’s number (`建议 一、…问题:`) for a word joining the two', () => {
    const text =
      '加强党支部建设的建议 一、当前党支部建设存在的主要问题: 第一、党支部建设有“重形式、轻实效”的倾向。有的支部走过场。第二、党组织生活质量不高。有的支部流于形式。\n';
    expect(itemsOf(text)).toEqual(['problem: 党支部建设有“重形式、轻实效”的倾向', 'problem: 党组织生活质量不高']);
  });
});

describe('paragraphs opening alike (排比)', () => {
  it('are the items: three in a row anywhere, two under a heading naming the role', () => {
    const text = [
      '机关党建阵地建设存在的问题',
      '调研发现，仍存在以下几个方面的问题：',
      '在理念观念层面：建设理念守旧。',
      '在建设内容层面：注重制度上墙。',
      '在作用发挥层面：阵地用而不活。',
      '解决方法',
      '为了解决问题，需要采取措施。',
      '加强阵地建设。完善硬件设施。',
      '加强日常管理。配备专人。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 在理念观念层面：建设理念守旧',
      'problem: 在建设内容层面：注重制度上墙',
      'problem: 在作用发挥层面：阵地用而不活',
      'countermeasure: 加强阵地建设',
      'countermeasure: 加强日常管理',
    ]);
  });

  it('include paragraphs opening with couplets of one shape (对仗), read by their wording', () => {
    const text = [
      '街道办事处是基层治理的“大管家”。',
      '职能不清，任务不明。上级部门将大量事务下沉到街道。',
      '协调无力，考核压头。考核往往以负激励为主。',
      '主体单一，活力不足。社区依旧存在行政化现象。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 职能不清，任务不明',
      'problem: 协调无力，考核压头',
      'problem: 主体单一，活力不足',
    ]);
  });

  it('include paragraphs opening with a label and its colon, whatever the labels’ words', () => {
    const text = [
      '律师行业党建的思考',
      '三、党建与业务融合的挑战',
      '党建工作与业务工作脱节:部分律师党组织存在“两张皮”的现象。',
      '党建工作经费不足:律师行业党建工作经费有限。',
      '党员律师队伍结构失衡:部分律师事务所党员律师比例偏低。',
      '',
    ].join('\n');
    expect(itemsOf(text).map((i) => i.replace(/(?<=\p{Script=Han}):.*/u, ''))).toEqual([
      'problem: 党建工作与业务工作脱节',
      'problem: 党建工作经费不足',
      'problem: 党员律师队伍结构失衡',
    ]);
  });

  it('are not read from two paragraphs where no heading names the role, nor from bullet lines', () => {
    const text = ['党建工作随笔', '加强学习。学习是根本。', '加强管理。管理是保障。', ''].join('\n');
    expect(itemsOf(text)).toEqual([]);
  });
});

describe('lists a numbered line or a situation section holds', () => {
  it('a label with its list on the same line (`1、存在问题:一是…`) gives the list its role', () => {
    const text = [
      '查找差距的报告',
      '一、在战斗堡垒作用发挥方面',
      '1、存在问题:一是战斗力弱化。干部疲惫。二是作用发挥不明显。三是缺乏吸引力。',
      '2、建议:一是抓好科学决策培训。二是保护好干部积极性。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 战斗力弱化',
      'problem: 作用发挥不明显',
      'problem: 缺乏吸引力',
      'countermeasure: 抓好科学决策培训',
      'countermeasure: 保护好干部积极性',
    ]);
  });

  it('a situation section whose every numbered point reads as a deficiency lists problems; achievements stay context', () => {
    const text = (points: string[]) =>
      ['农村党建的思考', '一、现状分析', ...points, '二、对策', '1. 加强队伍建设', '2. 创新工作方式', ''].join('\n');
    expect(itemsOf(text(['1. 党建基础薄弱', '2. 融合度不高', '3. 创新不足']))).toEqual([
      'problem: 党建基础薄弱',
      'problem: 融合度不高',
      'problem: 创新不足',
      'countermeasure: 加强队伍建设',
      'countermeasure: 创新工作方式',
    ]);
    expect(itemsOf(text(['1. 党建基础薄弱', '2. 建立了工作机制']))).toEqual([
      'countermeasure: 加强队伍建设',
      'countermeasure: 创新工作方式',
    ]);
  });
});

describe('a table of contents before the body', () => {
  it('gives no items of its own: bare headings with nothing under them, repeated further on', () => {
    const toc = ['一、存在的问题', '(一)在政治忠诚方面', '(二)在党性修养方面', '二、原因分析', '三、整改措施'];
    const body = [
      '一、存在的问题',
      '(一)在政治忠诚方面',
      '一是理论学习不深，转化率不高。',
      '(二)在党性修养方面',
      '宗旨意识有所淡化。',
      '二、原因分析',
      '理想信念有所松懈。',
      '三、整改措施',
      '加强理论学习。',
    ];
    const withToc = ['班子对照检查材料', ...toc, ...body, ''].join('\n');
    const expected = [
      'problem: 在政治忠诚方面',
      'problem: 在党性修养方面',
      // Headings that only name their role title their items by the first sentence of their text.
      'cause: 理想信念有所松懈',
      'countermeasure: 加强理论学习',
    ];
    expect(itemsOf(['班子对照检查材料', ...body, ''].join('\n'))).toEqual(expected);
    expect(itemsOf(withToc)).toEqual(expected);
  });

  it('gives no items of its own from entries with clauses either, when the body repeats them', () => {
    const toc = [
      '目录/提纲:……',
      '一、最普遍的问题:党员年龄老化,后备队伍不足',
      '二、最突出的问题:先锋意识淡化,战斗力下降',
      '……',
    ];
    const body = ['一、最普遍的问题:党员年龄老化,后备队伍不足', '当前党员队伍年龄老化。', ''];
    expect(itemsOf(['当前农村党建工作存在的问题', ...toc, ...body].join('\n'))).toEqual([
      'problem: 最突出的问题:先锋意识淡化,战斗力下降',
      'problem: 最普遍的问题:党员年龄老化,后备队伍不足',
    ]);
  });
});

describe('a lone numbered heading', () => {
  it('heads its section when it is one short sentence on a line of its own (`(一)在…，…方面。`)', () => {
    const text = [
      '班子对照检视材料',
      '一、存在的突出问题',
      '(一)在带头严守政治纪律和政治规矩，维护党的团结统一方面。',
      '一是理论学习需“深耕细作”。部分班子成员的学习仍停留在表层。',
      '二是政治敏锐需“提标增效”。对苗头性问题警惕不够。',
      '',
    ].join('\n');
    const result = analyzeText(text);
    const items = result.ok ? result.source.articles[0].items : [];
    expect(items.map((i) => `${i.role}: ${i.title} ${i.subpoints.length}`)).toEqual([
      'problem: 在带头严守政治纪律和政治规矩，维护党的团结统一方面 2',
    ]);
  });

  it('is the item, its run the sub-points, when a page is cut short after its first numbered section', () => {
    const text =
      '一、党员队伍建设薄弱。目前村级党员队伍的情况是：一是年龄偏大，老党员占多数。二是文化程度偏低，学习能力不足。三是流动党员较多，管理难度大。';
    // With or without the file's final newline.
    for (const file of [text, `${text}\n`]) {
      const result = analyzeText(file);
      const items = result.ok ? result.source.articles[0].items : [];
      expect(items.map((i) => `${i.role}: ${i.title} ${i.subpoints.length}`)).toEqual(['problem: 党员队伍建设薄弱 3']);
    }
  });
});

describe('points a sentence lists with semicolons', () => {
  it('are read beside a run of 一是…二是… in another paragraph of the same section', () => {
    const text = [
      '县工商联调研基层商会党组织组建情况',
      '调研发现基层商会党建存在共性问题：一是党建工作人才短缺，缺乏专业人员；二是党建与商会业务融合不够紧密。',
      '针对调研中发现的问题，领导提出了以下意见和建议：鼓励商会培养复合型人才；多学习多借鉴典型案例；主动走出去开展学习交流。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党建工作人才短缺，缺乏专业人员',
      'problem: 党建与商会业务融合不够紧密',
      'countermeasure: 鼓励商会培养复合型人才',
      'countermeasure: 多学习多借鉴典型案例',
      'countermeasure: 主动走出去开展学习交流',
    ]);
  });

  it('are led in by the role’s own word (`建议加强…；完善…；加大…`)', () => {
    const text = [
      '“三会一课”制度执行问题浅析',
      '总结与改进建议',
      '针对执行不到位的问题，建议加强思想教育，提高认识；完善组织机制，确保规范；加大资源投入，提供保障。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'countermeasure: 加强思想教育，提高认识',
      'countermeasure: 完善组织机制，确保规范',
      'countermeasure: 加大资源投入，提供保障',
    ]);
  });

  const text = (lead: string) =>
    [
      '机关党建调研',
      '(一)存在的问题',
      `调研表明，工作取得了成绩，${lead}两张皮现象突出，占三成；书记兼职情况普遍；机关党建缺乏创新；教育管理不够严等。`,
      '',
    ].join('\n');

  it('are the items under a role heading after a lead-in naming them', () => {
    expect(itemsOf(text('但也存在不少问题，主要是'))).toEqual([
      'problem: 两张皮现象突出，占三成',
      'problem: 书记兼职情况普遍',
      'problem: 机关党建缺乏创新',
      'problem: 教育管理不够严等',
    ]);
  });

  it('stay one item when the lead-in names no role (`存在“三多三少”现象：`)', () => {
    expect(itemsOf(text('但存在“四多四少”现象：'))).toEqual([
      'problem: 调研表明，工作取得了成绩，但存在“四多四少”现象：两张皮现象突出，占三成',
    ]);
  });
});

describe('paragraph ordinals above numbered lists that restart under each', () => {
  it('are the items, the restarting lists their sub-points', () => {
    const text = [
      '学院党支部建设调研',
      '调研发现了一些不足。',
      '第一，支部设置无法满足需求。目前按年级划分。',
      '(1)本科生支部发展慢。',
      '(2)研究生支部成分复杂。',
      '第二，“三会一课”质量不高。制度落实不到位。',
      '(1)对制度理解不到位。',
      '(2)形式单一，缺乏创新。',
      '',
    ].join('\n');
    const result = analyzeText(text);
    const items = result.ok ? result.source.articles[0].items : [];
    expect(items.map((i) => `${i.role}: ${i.title} ${i.subpoints.length}`)).toEqual([
      'problem: 支部设置无法满足需求 2',
      'problem: “三会一课”质量不高 2',
    ]);
  });
});

describe('short lines of their own heading paragraphs (items that lost their numbers)', () => {
  it('are the items under a line naming the role', () => {
    const text = [
      '民营企业党建的思考',
      '民营企业党建工作面临以下问题：',
      '组织建设方面',
      '现阶段党建工作多在国营企业，民营企业党组织建设缺失。',
      '开展活动方面缺失责任心',
      '民营企业主要关注经济效益，党建活动少。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 组织建设方面', 'problem: 开展活动方面缺失责任心']);
  });

  it('may close with a stop, several paragraphs under each (`考核方式过于繁琐。` ⏎ `…` ⏎ `…`)', () => {
    const text = [
      '机关党建考核的思考',
      '一、机关党建目标考核工作存在的主要问题',
      '考核方式过于繁琐。',
      '各地唯恐考核内容有遗漏,力求面面俱到。',
      '对此,基层党务干部普遍反映,考核内容太多太细。',
      '考核约束力不强。',
      '按照规定,机关党工委代表地方党委统一领导机关党的建设工作。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 考核方式过于繁琐', 'problem: 考核约束力不强']);
  });
});

describe('a closing paragraph that lists what to do', () => {
  it('gives countermeasures when every point reads as an action, whatever its lead-in names', () => {
    const text = [
      '非公企业党建存在问题',
      '非公企业党建存在一些问题，需要加以解决。',
      '首先，覆盖面不够广。党员少。',
      '其次，活动形式单一，缺乏吸引力。',
      '第三，参与度不高。',
      '综上所述，非公企业党建存在问题，需要加以解决。首先，应扩大覆盖面。其次，应丰富活动形式。最后，应加强参与度。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 覆盖面不够广',
      'problem: 活动形式单一，缺乏吸引力',
      'problem: 参与度不高',
      'countermeasure: 应扩大覆盖面',
      'countermeasure: 应丰富活动形式',
      'countermeasure: 应加强参与度',
    ]);
  });
});

describe('lists a sentence before announces', () => {
  it('are the items after a bare `比如，` that leans on the sentence naming their role', () => {
    const text = [
      '非公党建问题',
      '现状',
      '目前，非公党建取得了成绩。然而，也存在着一些问题。比如，一些企业的党组织建设不够完善；一些党员的服务质量不够高；一些党组织作用发挥不明显。',
      '解决方法',
      '加强党组织建设。完善制度。',
      '加强组织管理。严格要求。',
      '',
    ].join('\n');
    expect(itemsOf(text).filter((i) => i.startsWith('problem'))).toEqual([
      'problem: 一些企业的党组织建设不够完善',
      'problem: 一些党员的服务质量不够高',
      'problem: 一些党组织作用发挥不明显',
    ]);
  });

  it('that preview a role with sections of its own are not items twice', () => {
    const text = [
      '基层党支部存在的问题及整改措施',
      '基层党支部存在的问题有：一是党委履行职责“虚化”；二是党支部作用发挥“弱化”；三是政治功能“淡化”。',
      '一、存在的问题',
      '1、党委履行职责“虚化”。少数党委意识不强。',
      '2、党支部作用发挥“弱化”。一年开不了几次会。',
      '3、政治功能“淡化”。摆不正位置。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党委履行职责“虚化”',
      'problem: 党支部作用发挥“弱化”',
      'problem: 政治功能“淡化”',
    ]);
  });
});

describe('a lead-in closing on what its problems affect (`…的问题,影响了学习效果和整体成效。`)', () => {
  it('announces the problems: the affected words (`成效`) do not make it a list of achievements', () => {
    const text = [
      '然而,部分党组织在学习过程中仍存在一些不容忽视的问题,影响了学习效果和整体成效。',
      '首先,学习形式单一,缺乏创新。很多单位的党员学习仍然停留在传统模式上。',
      '其次,学习内容与实际脱节,针对性不强。党员感到学而无用。',
      '再次,学习制度执行不到位,缺乏有效监督。有的党员敷衍了事。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 学习形式单一,缺乏创新',
      'problem: 学习内容与实际脱节,针对性不强',
      'problem: 学习制度执行不到位,缺乏有效监督',
    ]);
    // Achievements a lead-in names are still no items.
    expect(itemsOf(text.replace('仍存在一些不容忽视的问题,影响了学习效果和整体成效', '取得了明显成效'))).toEqual([]);
  });
});

describe('a lead-in announcing what the writer learned (`…的重要举措,…我得出如下体会:`)', () => {
  it('announces lessons, not the role its earlier clause names', () => {
    const text = (announced: string) =>
      [
        `开展学习教育是深化党内教育的重要举措,通过开展学习教育,我得出如下${announced}:`,
        '一、做合格党员必须有坚定的理想信念',
        '理想信念是党员的精神之钙。',
        '二、做合格党员必须坚持理论学习',
        '理论学习是提高素质的需要。',
        '',
      ].join('\n');
    expect(itemsOf(text('体会'))).toEqual([]);
    expect(itemsOf(text('心得'))).toEqual([]);
    // Announcing the measures themselves, the list is of them.
    expect(itemsOf(text('举措'))).toEqual([
      'countermeasure: 做合格党员必须有坚定的理想信念',
      'countermeasure: 做合格党员必须坚持理论学习',
    ]);
  });
});

describe('`此外` in a run of `首先…其次…` paragraphs', () => {
  const text = (further: string) =>
    [
      '当前工作中存在以下问题。',
      '首先,部分单位缺乏系统规划。工作随意。',
      '其次,资源分配不均衡。经费少。',
      further,
      '最后,社会参与度不高。群众少。',
      '',
    ].join('\n');

  it('is a further point when its short sentence reads as the points do', () => {
    expect(itemsOf(text('此外,人员素质参差不齐。培训少。'))).toEqual([
      'problem: 部分单位缺乏系统规划',
      'problem: 资源分配不均衡',
      'problem: 人员素质参差不齐',
      'problem: 社会参与度不高',
    ]);
  });

  it('explains the point before when its sentence is long, or reads otherwise, or follows `一是…`', () => {
    const points = ['problem: 部分单位缺乏系统规划', 'problem: 资源分配不均衡', 'problem: 社会参与度不高'];
    expect(
      itemsOf(text('此外,党员分布复杂,同一社区中有在职党员、离退休党员,还有流动党员,增加了管理教育的难度。')),
    ).toEqual(points);
    expect(itemsOf(text('此外,要加强培训。培训少。'))).toEqual(points);
    const yishi = text('此外,人员素质参差不齐。培训少。')
      .replace('首先,', '一是')
      .replace('其次,', '二是')
      .replace('最后,', '三是');
    expect(itemsOf(yishi)).toEqual(points);
  });
});

describe('a page that begins mid-list (its first page elsewhere)', () => {
  it('reads the run it opens with (`四是…` ⏎ `五是…`), and a run opening later only from 1', () => {
    const page = [
      '四是党员模范作用发挥的不好。对居民党员教育培训少,一些党员党性观念淡化。',
      '五是党的组织生活流于形式。“三会一课”制度坚持不够好。',
      '产生以上问题的原因主要有:一是对党建工作认识不到位,没能把党建工作放在重要位置;二是创新意识不强,能力不足。',
      '',
    ].join('\n');
    expect(itemsOf(page)).toEqual([
      'problem: 党员模范作用发挥的不好',
      'problem: 党的组织生活流于形式',
      'cause: 对党建工作认识不到位,没能把党建工作放在重要位置',
      'cause: 创新意识不强,能力不足',
    ]);
    expect(itemsOf(`社区党建述职报告\n${page}`).filter((i) => i.startsWith('problem'))).toEqual([]);
  });
});

describe('a text cut short after the first point of a list', () => {
  it('keeps the point an explicit lead-in announced (`存在以下三个方面的问题：一是…` and no more)', () => {
    const text = [
      '机关支部建设调研',
      '一、主要特点',
      '机关支部的特点是四个字。一是党员多，二是形式散。从调查情况看，主要存在以下三个方面的问题：一是重视不够，自觉性差。机关党务工作者均为兼职，说起来重要',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 重视不够，自觉性差']);
    // Nothing is made of a lone point that no lead-in names.
    expect(itemsOf(text.replace('主要存在以下三个方面的问题：', '还有：'))).toEqual([]);
  });

  it('makes no item of a number the text stops right after (`(三)` and nothing more, or `(三)思`)', () => {
    const text = [
      '一、存在的问题',
      '(一)思想认识不到位',
      '有的支部重视不够。',
      '(二)责任落实不够',
      '有的书记履职不力。',
      '(三)',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 思想认识不到位', 'problem: 责任落实不够']);
    // Nor of one cut after its first character (`3、注`), while a short item with more after it stays.
    expect(itemsOf(text.replace('(三)', '(三)思'))).toEqual(['problem: 思想认识不到位', 'problem: 责任落实不够']);
    expect(itemsOf(`${text.replace('(三)', '(三)慢')}\n(四)制度不健全`)).toHaveLength(4);
  });

  it('makes no item of a section heading the page was cut one character under (`二、…对策` ⏎ `(请`)', () => {
    const text = [
      '一、存在的问题',
      '1.服务形式单一。活动少。',
      '2.服务水平有差距。能力弱。',
      '二、建设服务型党组织的对策',
      '(请',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 服务形式单一', 'problem: 服务水平有差距']);
    // With more under it, or more after it, the section is an item.
    expect(itemsOf(text.replace('(请', '(请以制度保障服务'))).toHaveLength(3);
    expect(itemsOf(`${text}\n三、结语`)).toContain('countermeasure: 建设服务型党组织的对策');
  });

  it('keeps the first point opening its paragraph under a heading naming its role, not the heading', () => {
    const text = [
      '农村党组织设置的思考',
      '一、按行政区划设置的村党组织存在的问题',
      '传统按行政区划设置的党组织已滞后于形势发展的需要。',
      '一是不利于促进农村经济的发展。当前,农村经济呈现出多元化发展的趋势,村级经济不再是',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 不利于促进农村经济的发展']);
  });

  it('keeps a first sub-heading on the last line, and only a first one', () => {
    const text = [
      '民主生活会质量不高的症结',
      '一、民主生活会质量难以提高的主要症结',
      '目前民主生活会质量难以提高有其复杂的原因。',
      '(一)重数量轻质量，会前准备不足。一些单位只注重开会的次数，而对质量重视不够。一是学习不',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['cause: 重数量轻质量，会前准备不足']);
    const restarted = [
      '落实问题的原因',
      '一、主要原因',
      '1、思想认识不到位。',
      '2、制度执行不严格。',
      '严重后果',
      '1、削弱执政能力，会',
    ];
    expect(itemsOf(restarted.join('\n'))).toEqual(['cause: 思想认识不到位', 'cause: 制度执行不严格']);
  });

  it('reads a text on one line, a site badge after its title (`标题【热选8篇】`) being no card field', () => {
    const text =
      '党支部存在的问题和不足【热选8篇】【参阅】此篇文档由网友整理分享。【第一篇】机关党建应该走在前面。主要存在以下三个方面的问题：一是重视不够，自觉性差。二是制度落实不严。三是活动形式单一。';
    expect(itemsOf(text)).toEqual(['problem: 重视不够，自觉性差', 'problem: 制度落实不严', 'problem: 活动形式单一']);
  });
});

describe('runs of paragraphs that restart with no lead-in between', () => {
  it('end each with its last point whole (`三是…` ⏎ `一要…`)', () => {
    const text = [
      '农村党建工作的对策',
      '一、对策',
      '一要选准配强班子',
      '二是提升素质',
      '三是创新组织设置',
      '一要把党员队伍发展好',
      '二是把党员队伍教育好',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'countermeasure: 选准配强班子',
      'countermeasure: 提升素质',
      'countermeasure: 创新组织设置',
      'countermeasure: 把党员队伍发展好',
      'countermeasure: 把党员队伍教育好',
    ]);
  });
});

describe('a list a lead-in names as the situation', () => {
  it('gives no items where no heading names a role (`取得的成绩可以归纳为：一是…`)', () => {
    const text = (lead: string) =>
      [
        '党支部书记述职评议会议',
        `书记在点评时讲到，${lead}：一是书记抓党建的主体意识进一步增强；二是党建工作进一步规范；三是党建工作的特色进一步突出。`,
        '',
      ].join('\n');
    expect(itemsOf(text('取得的成绩可以归纳为“三个进一步”'))).toEqual([]);
    // Read by their own wording, the same points would be two countermeasures and a problem.
    expect(itemsOf(text('今年的工作可以归纳为“三个进一步”'))).toHaveLength(3);
  });

  it('is not named by a situation’s word in an earlier clause (`…滞后于形势发展的需要,给…带来了“三难”:`)', () => {
    const text = [
      '社区体制改革滞后带来社区党建“三难”',
      '社区体制改革明显滞后于形势发展的需要,给社区党的建设带来了“三难”:一是组织难建立。党员过于分散。二是人才难吸引。待遇低。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toHaveLength(2);
    expect(itemsOf(text.replace('给社区党的建设带来了', '当前的形势是'))).toEqual([]);
  });
});

describe('a numbered section naming the role under a line naming it', () => {
  it('lists the items itself: its subsections are the items', () => {
    const text = [
      '|?宝坻区?(拥有街镇级网站24个)',
      '当前位置:宝坻区?-?调查研究',
      '',
      '整顿农村软弱涣散基层党组织问题研究',
      '',
      '时间:2015-09-15 10:39????来源:宝坻区委组织部????编辑:王建国',
      '党的基层组织是战斗堡垒。',
      '一、农村基层党组织存在问题',
      '主要表现在:',
      '(一)“不干事”。表现在班子不作为。',
      '(二)“不团结”。表现在两委争高低。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: “不干事”', 'problem: “不团结”']);
  });
});

describe('a run of actions under a heading naming problems', () => {
  it('is countermeasures, the 要 of `一要` read with the point', () => {
    const text = [
      '当前农村党建工作存在的问题及对策',
      '一、最根本的问题:农村集体经济弱化',
      '一要围绕发展选准配强班子',
      '二是围绕发展提升素质',
      '三是切实发展壮大村级集体经济',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'countermeasure: 围绕发展选准配强班子',
      'countermeasure: 围绕发展提升素质',
      'countermeasure: 切实发展壮大村级集体经济',
    ]);
    // One point reading as a deficiency keeps the run what its heading names.
    expect(itemsOf(text.replace('二是围绕发展提升素质', '二是党员素质偏低'))).toEqual([
      'problem: 围绕发展选准配强班子',
      'problem: 党员素质偏低',
      'problem: 切实发展壮大村级集体经济',
    ]);
  });
});

describe('a run-in sentence heading', () => {
  it('is named by its first clause, not by a cue further on (`…的重要性认识不足`)', () => {
    const text = [
      '党建工作中不容忽视的落实问题',
      '“不重视落实”的表现',
      '1、思想观念上的不重视，一些党员干部对党建工作的重要性认识不足，缺乏责任感，导致在工作中忽视党建工作的重要性。',
      '2、工作部署上的不落实，部分党组织缺乏具体规划，导致党建工作难以落地。',
      '3、监督检查上的不到位，一些党组织的监督检查流于形式。',
      '',
    ].join('\n');
    expect(itemsOf(text).map((i) => i.slice(0, 20))).toEqual([
      'problem: 思想观念上的不重视，一',
      'problem: 工作部署上的不落实，部',
      'problem: 监督检查上的不到位，一',
    ]);
  });
});

describe('paragraphs whose headings were lost with their numbers', () => {
  it('are items when three in a row open with a short sentence reading as one, a lone 其次 inside notwithstanding', () => {
    const text = [
      '对国有企业如何加强党支部工作的思考',
      '国有企业基层党支部现状分析',
      '党建工作思想认识滞后，导致党的组织建设出现弱化的现象。企业以经济活动为中心，其次才是别的。',
      '基层党支部体制机制不健全，党组织作用不明显。国有企业的主要任务是保值增值。',
      '党员队伍建设与管理缺失，先锋模范作用不够突出。党员流动性大。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党建工作思想认识滞后，导致党的组织建设出现弱化的现象',
      'problem: 基层党支部体制机制不健全，党组织作用不明显',
      'problem: 党员队伍建设与管理缺失，先锋模范作用不够突出',
    ]);
    // Two are no list where no heading names a role.
    expect(itemsOf(text.split('\n').slice(0, 4).join('\n'))).toEqual([]);
  });
});

describe('a numbered heading of clauses that each state a deficiency', () => {
  it('is one problem, its numbered points sub-points, whether or not a clause holds a problem word', () => {
    const text = [
      '一、制度执行不严格，形式化问题突出',
      '1. 制度落实不到位',
      '2. 形式主义严重',
      '二、参与积极性低，民主氛围不足',
      '1. 党员参与意识淡薄',
      '2. 党内民主不充分',
      '三、内容与实践脱节，服务功能弱化',
      '1. 脱离实际需求',
      '2. 服务群众不足',
      '',
    ].join('\n');
    const result = analyzeText(text);
    const items = result.ok ? result.source.articles[0].items : [];
    expect(items.map((i) => `${i.role}: ${i.title} ${i.subpoints.length}`)).toEqual([
      'problem: 制度执行不严格，形式化问题突出 2',
      'problem: 参与积极性低，民主氛围不足 2',
      'problem: 内容与实践脱节，服务功能弱化 2',
    ]);
  });
});

describe('a numbered list after a lead-in that names no role', () => {
  it('gives the points their roles by wording where another part has a heading (`存在一些困难：一是…`)', () => {
    const text = [
      '中小学校党支部发展党员的问题及对策建议',
      '目前，发展党员过程中存在一些困难：一是支部对党员发展工作缺乏整体规划。二是年度党员发展名额受限。',
      '对发展党员工作的几点建议：',
      '1.加强党务工作者队伍建设。',
      '2.完善发展党员工作制度。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 支部对党员发展工作缺乏整体规划',
      'problem: 年度党员发展名额受限',
      'countermeasure: 加强党务工作者队伍建设',
      'countermeasure: 完善发展党员工作制度',
    ]);
  });
});

describe('decimal numbering of journal articles', () => {
  it('nests 1.1, 1.2 under the chapter line 1, lines kept whole', () => {
    const text = [
      '浅谈如何加强国有企业基层党组织建设工作',
      '但在贯彻落实中，也有一些问题值得我们深思和重视。',
      '1国有企业基层党组织建设工作存在的问题',
      '1.1站位明显提高，但用力有所不均',
      '党中央明确提出，坚持党的领导是国有企业的根和魂。',
      '1.2制度逐步健全，但执行有所松懈',
      '一些企业制度执行不严。',
      '2加强国有企业基层党组织建设的对策',
      '2.1压实责任',
      '层层压实管党治党责任。',
      '2.2严格执行制度',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 站位明显提高，但用力有所不均',
      'problem: 制度逐步健全，但执行有所松懈',
      'countermeasure: 压实责任',
      'countermeasure: 严格执行制度',
    ]);
    // A line opening `1月` is no chapter: nothing is numbered 1.1 after it.
    expect(itemsOf(['党建工作简讯', '1月15日上午召开会议', '会议强调，要加强学习。', ''].join('\n'))).toEqual([]);
  });
});

describe('an item whose heading only names its role', () => {
  it('is titled by the first sentence of its text (`(一)问题` ⏎ `…割裂开来。…`)', () => {
    const text = [
      '基层学校党建工作存在问题及其对策',
      '一、重业务轻思想',
      '(一)问题',
      '从党建和学校管理看，实际中往往将两者割裂开来。认为党建工作和学校管理是两个领域。',
      '(二)对策',
      '还更应注重思想政治教育。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 从党建和学校管理看，实际中往往将两者割裂开来',
      'countermeasure: 还更应注重思想政治教育',
    ]);
  });
});

describe('a paragraph wrapped after its clauses, before a run of paragraphs', () => {
  it('is read whole, its run the items its lead-in and wording give, beside the run after it', () => {
    const text = [
      '整顿软弱涣散村党组织调研报告',
      '',
      '一、当前存在的问题和产生问题的原因。',
      '',
      '从调查情况来看，社区党支部主要存在以下几个方面：一是党员队伍先锋模范作用不明显。政治意识不强;',
      '宗旨意识淡薄，发挥作用不明显。二是运行管理不规范。管理制度不健全;',
      '阵地作用发挥不够;',
      '三是干部作风不实。不履行联系服务职责。',
      '',
      '通过调查分析，问题形成的原因主要有以下几个方面：',
      '',
      '一是遗留问题多。调查发现，遗留问题多年没能解决。',
      '',
      '二是社区干部素质不高。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党员队伍先锋模范作用不明显',
      'problem: 运行管理不规范',
      'problem: 干部作风不实',
      'cause: 遗留问题多',
      'cause: 社区干部素质不高',
    ]);
  });
});

describe('paragraphs opening with a short sentence under a heading naming their role', () => {
  const text = [
    '基层党支部政治功能的思考',
    '一、存在的问题',
    '政治意识淡化。有的党支部说起来重要、干起来次要。',
    '监督职能淡化。部分党支部监督意识比较薄弱。',
    '二、主要措施',
    '严肃党内生活。要深入开展谈心交心。',
    '加强思想教育。在力度上要保持经常性。',
    '严明政治纪律。第一，要引导党员遵守党章党规。第二，探索监督执纪新方式。',
    '',
  ].join('\n');

  it('are the items, even where no word of theirs reads as a role, a run inside one their sub-points', () => {
    const result = analyzeText(text);
    const items = result.ok ? result.source.articles[0].items : [];
    expect(items.map((i) => `${i.role}: ${i.title} ${i.subpoints.length}`)).toEqual([
      'problem: 政治意识淡化 0',
      'problem: 监督职能淡化 0',
      'countermeasure: 严肃党内生活 0',
      'countermeasure: 加强思想教育 0',
      'countermeasure: 严明政治纪律 2',
    ]);
  });
});

describe('a list a sentence numbers inside a paragraph (`以下几类:(1)…;(2)…`)', () => {
  it('numbers no sections, so the paragraphs around it stay one run of points', () => {
    const text = [
      '城市社区党员一般年龄较大、居住分散，党费收缴率不高，党员参与活动的意识不足，社区活动没有吸引力，支部活动参与率低，整体来说不利于党员教育管理。',
      '一是党员基数大，应转不转的党员较多',
      '此类党员主要有以下几类:(1)迁居党员，不愿转移组织关系;(2)退休后二次就业的党员，往往不转移;(3)毕业生党员。这部分党员多数不能及时递转组织关系，参加组织生活也比较困难。',
      '二是基层工作任务重、高素质工作人员缺乏',
      '随着疫情防控工作日常化，本就工作繁重的基层社区更是雪上加霜，社区工作人员身兼数职，难以专心抓党建工作。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党员基数大，应转不转的党员较多',
      'problem: 基层工作任务重、高素质工作人员缺乏',
    ]);
  });

  it('keeps the numbers out of the titles of the points it announces', () => {
    const text = [
      '农村青年入党的调研报告',
      '党员队伍存在老龄化问题。主要原因是:(一)青年外出打工人员多;(二)有些青年人缺乏学习;(三)个别支部对培养青年入党不够重视。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'cause: 青年外出打工人员多',
      'cause: 有些青年人缺乏学习',
      'cause: 个别支部对培养青年入党不够重视',
    ]);
  });
});

describe('a sentence that previews a numbered list heading by heading', () => {
  it('gives the list the role it names, over cue words in the headings themselves', () => {
    const text = [
      '“三会一课”制度执行不到位的主要原因包括思想认识不足、组织实施不力以及资源投入不足。这些问题亟待改进。',
      '1. 思想认识不足',
      '一些党组织对制度的重视程度不够，将其视为务虚活动。',
      '2. 组织实施不力',
      '部分基层党组织缺乏系统规划和有效组织。',
      '3. 资源投入不足',
      '基层党组织的资源有限，难以得到充分保障。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['cause: 思想认识不足', 'cause: 组织实施不力', 'cause: 资源投入不足']);
  });
});

describe('a lead-in that announces nothing', () => {
  it('names its run by a role word near its end or a deficiency it states, not one it uses in passing', () => {
    const run = '一是提高政治站位,扛牢责任。二是坚持问题导向,细化举措。三是注重标本兼治,深化运用。';
    // `整改` here qualifies `工作`: the points are not announced as measures.
    expect(
      itemsOf(`一、基本情况\n党委坚持把巡察整改工作作为当前重大政治任务。${run}\n二、存在的问题\n1.学习不深入\n`),
    ).toEqual(['problem: 学习不深入']);
    // Near its end the word names them.
    expect(itemsOf(`党委针对问题,研究制定了整改措施。${run}\n`)).toHaveLength(3);
  });
});

describe('a list glued to its heading with no mark between (`五、今后的打算一是…`)', () => {
  it('ends the heading where the list begins, and the points are the items', () => {
    const text = [
      '四、存在的问题',
      '1.党员文化素质较低。',
      '2.基础设施比较滞后。',
      '五、今后的打算一是继续推广示范工作经验,提升战斗力。二是加大培训力度,把党员培养成致富能手。三是进一步优化党员队伍结构。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党员文化素质较低',
      'problem: 基础设施比较滞后',
      'countermeasure: 继续推广示范工作经验,提升战斗力',
      'countermeasure: 加大培训力度,把党员培养成致富能手',
      'countermeasure: 进一步优化党员队伍结构',
    ]);
  });

  it('also where each point after the first has a line of its own (`二、存在的问题一是…` ⏎ `二是…`)', () => {
    const text = [
      '一、基本情况xx镇共有三个社区。',
      '二、存在的问题一是社区队伍发展不平衡,专业人才短缺。',
      '专业人才所占比例不高。',
      '二是社区内生动力未充分调动,参与积极性低。',
      '中青年居民参与社区活动的普遍不多。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 社区队伍发展不平衡,专业人才短缺',
      'problem: 社区内生动力未充分调动,参与积极性低',
    ]);
  });
});
