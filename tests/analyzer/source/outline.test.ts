import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingEnd } from '../../../src/analyzer/source/outline/heading.ts';
import { findMarkers } from '../../reference/markers-simple.ts';
import { chineseNumber } from '../../../src/analyzer/text/numerals.ts';
import { itemsOf } from '../../analyze-helpers.ts';
import { acceptMarkers } from '../../../src/analyzer/source/outline/accept.ts';
import { buildOutline } from '../../../src/analyzer/source/outline/index.ts';
import { assignRoles, headingRole } from '../../../src/analyzer/source/outline/roles.ts';
import type { OutlineNode } from '../../../src/analyzer/types.ts';
import { rules } from '../../helpers.ts';
import { simpleHeadingRole } from '../../reference/roles-simple.ts';

const markers = (text: string) => findMarkers(text).map((m) => `${m.family}:${m.ordinal}:${m.text}`);

/** Outline of a body-only text as `marker heading 〔role〕` lines, indented by depth. */
function outline(text: string): string[] {
  const { nodes } = buildOutline({ text, view: text, body: { start: 0, end: text.length }, slug: 'a', rules });
  assignRoles(nodes, text, rules.roleCues);
  const out: string[] = [];
  const walk = (ns: OutlineNode[], depth: number) => {
    for (const n of ns) {
      out.push(`${'  '.repeat(depth)}${n.marker?.text ?? '∅'}${n.heading} 〔${n.role}〕`);
      walk(n.children, depth + 1);
    }
  };
  walk(nodes, 0);
  return out;
}

describe('chineseNumber', () => {
  it('reads numerals up to 99', () => {
    expect(['一', '九', '十', '十一', '二十', '二十三', '3'].map(chineseNumber)).toEqual([1, 9, 10, 11, 20, 23, 3]);
  });
  it('rejects what is not a numeral', () => {
    expect(['', '一二', '十十'].map(chineseNumber)).toEqual([0, 0, 0]);
  });
});

describe('findMarkers', () => {
  it('finds every numbering style of the genre', () => {
    expect(markers('一、甲\n二,乙\n三.丙\n（一）丁(二)戊〔三〕己\n1.庚\n2、辛\n3．壬\n（1）癸(2)子\n①丑\n')).toEqual([
      'cn-numeral:1:一、',
      'cn-numeral:2:二,',
      'cn-numeral:3:三.',
      'cn-paren:1:（一）',
      'cn-paren:2:(二)',
      'cn-paren:3:〔三〕',
      'arabic:1:1.',
      'arabic:2:2、',
      'arabic:3:3．',
      'arabic-paren:1:（1）',
      'arabic-paren:2:(2)',
      'circled:1:①',
    ]);
  });

  it('finds inline enumerations, mixed as authors mix them', () => {
    expect(
      markers(
        '一要摸清底数。二要宣传,三要联系;四是给机会。首先是认同,其次是参与。第一,学习;第二,实践。其一,独立性不足。其二,监督有漏洞',
      ),
    ).toEqual([
      'inline:1:一要',
      'inline:2:二要',
      'inline:3:三要',
      'inline:4:四是',
      'inline:1:首先是',
      'inline:2:其次是',
      'inline:1:第一',
      'inline:2:第二',
      'inline:1:其一',
      'inline:2:其二',
    ]);
    // `其一` as words (`其一生`) is no marker.
    expect(markers('他将其一生献给党的事业。')).toEqual([]);
  });

  it('finds labelled blocks', () => {
    expect(markers('问题一:组织体制不够完善。\n整改措施:完善社区组织体制。')).toEqual([
      'labelled:1:问题一:',
      'labelled:0:整改措施:',
    ]);
  });

  it('does not take words or numbers inside sentences for markers', () => {
    expect(markers('统一是前提;第一责任;2019.1051;记录114人。')).toEqual([]);
  });
});

describe('acceptMarkers', () => {
  it('keeps a stray (二) that follows no (一) as text', () => {
    const text = '一、甲。见(二)处。二、乙。';
    expect(acceptMarkers(findMarkers(text)).map((a) => a.marker.text)).toEqual(['一、', '二、']);
  });

  it('drops a list that never reaches its second member', () => {
    const text = '一、甲。(一)仅此一条。二、乙。';
    expect(acceptMarkers(findMarkers(text)).map((a) => a.marker.text)).toEqual(['一、', '二、']);
  });

  it('nests lists and restarts the inner one under each outer heading', () => {
    const text = '(一)甲\n1、子\n2、丑\n(二)乙\n1、寅\n2、卯\n';
    expect(acceptMarkers(findMarkers(text)).map((a) => `${a.level}${a.marker.text}`)).toEqual([
      '1(一)',
      '21、',
      '22、',
      '1(二)',
      '21、',
      '22、',
    ]);
  });

  it('keeps a heading whose number skips, as long as it follows its list', () => {
    const text = '一、甲。二、乙。四、丁。';
    expect(acceptMarkers(findMarkers(text)).map((a) => a.marker.text)).toEqual(['一、', '二、']);
  });

  it('goes on over numbers a site left out where it says so, and only there', () => {
    const text = '一、甲。二、乙。四、丁。';
    const at = text.indexOf('四');
    const omittedAt = (offset: number) => (from: number, to: number) => from < offset && offset <= to;
    const texts = (offset: number) =>
      acceptMarkers(findMarkers(text), undefined, omittedAt(offset)).map((a) => a.marker.text);
    expect(texts(at - 1)).toEqual(['一、', '二、', '四、']);
    expect(texts(text.indexOf('二') - 1)).toEqual(['一、', '二、']);
  });
});

describe('a sub-heading naming the part over an inline run (`1.2 …存在的主要问题` ⏎ `其一,…其二,…`)', () => {
  const text = (heading: string) =>
    [
      '一、国企纪检监察工作的现状与问题分析',
      '1.1 纪检监察体制的基本框架',
      '企业设立纪委,配备专职人员。',
      `1.2 ${heading}`,
      '实践中仍面临诸多挑战。其一,独立性与权威性不足。部分机构依赖管理层。其二,监督机制存在明显漏洞。一些工作流于形式。',
      '',
    ].join('\n');

  it('holds the run’s points as the items', () => {
    expect(itemsOf(text('纪检监察工作存在的主要问题'))).toEqual([
      'problem: 纪检监察体制的基本框架',
      'problem: 独立性与权威性不足',
      'problem: 监督机制存在明显漏洞',
    ]);
  });

  it('is an item with sub-points where it names one deficiency', () => {
    expect(itemsOf(text('纪检监察工作保障不足'))).toEqual([
      'problem: 纪检监察体制的基本框架',
      'problem: 纪检监察工作保障不足',
    ]);
  });
});

describe('a list a copy lost one number of', () => {
  it('goes on over it where the headings after the gap have lines of their own and number on', () => {
    const text = [
      '一、当前存在的问题',
      '1、重视程度不够。',
      '部分领导认识不到位。',
      '仅仅把工作着眼于组建上,研究不够。',
      '3、缺乏工作信心。',
      '部分党务工作者存在畏难情绪。',
      '4、缺乏工作主动性。',
      '部分部门推一下,动一动。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 重视程度不够', 'problem: 缺乏工作信心', 'problem: 缺乏工作主动性']);
    // A number that skips with nothing numbering on from it is text, as is one that skips two.
    expect(itemsOf(text.replace(/4、缺乏工作主动性。\n部分部门推一下,动一动。\n/, ''))).toEqual([
      'problem: 重视程度不够',
    ]);
    expect(itemsOf(text.replace('3、', '4、').replace('4、缺乏工作主动性', '5、缺乏工作主动性'))).toEqual([
      'problem: 重视程度不够',
    ]);
  });
});

describe('a list a paywall cut (`此处隐藏1514个字。VIP会员可见`)', () => {
  it('reads the headings on both sides of the notice as one list', () => {
    const text = [
      '关于机关干部不作为的专题报告',
      '一、不作为的具体表现',
      '(一)思想层面。缺乏责任意识与担当精神。部分干部理想信念动摇,宗旨意识淡薄,此处隐藏1514个字。VIP会员可见',
      '三、不作为的成因分析',
      '(一)思想根源。价值观偏差与宗旨意识淡化。部分干部没有树立正确的价值观。',
      '(二)制度根源。考核机制不健全。干部干与不干一个样。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 不作为的具体表现', 'cause: 思想根源', 'cause: 制度根源']);
    // Without the notice the numbers do not go on: `三、` is text in `一、`'s section.
    expect(itemsOf(text.replace('此处隐藏1514个字。VIP会员可见', ''))).not.toContain('cause: 思想根源');
  });
});

describe('headingEnd', () => {
  const end = (line: string) => line.slice(0, headingEnd(line, 0, line.length, rules).end);

  it('ends a run-in heading where its body begins', () => {
    expect(
      end('思想观念不新,存在“刻舟求剑”的思维方式目前,在深入推进全面从严治党新形势下,部分基层党员干部表现较为不适。'),
    ).toBe('思想观念不新,存在“刻舟求剑”的思维方式');
    expect(end('“学”字为先,由“刻舟求剑”向“与时俱进”转变健全完善党工委中心组等学习制度。')).toBe(
      '“学”字为先,由“刻舟求剑”向“与时俱进”转变',
    );
    expect(end('结语综上,社区党建工作的实施过程中')).toBe('结语');
  });

  it('takes a whole short line', () => {
    expect(end('党员干部的思想认识滞后.参与意识淡薄')).toBe('党员干部的思想认识滞后.参与意识淡薄');
  });

  it('ends at the sentence mark', () => {
    expect(end('思想观念问题。社区党建工作中思想观念比较固化')).toBe('思想观念问题');
  });

  it('takes the first clause of a long sentence', () => {
    expect(
      end(
        '把搞好社区管理和服务作为社区党建的首要任务来抓,积极探索社区服务社会化和产业化的有效途径,不断提高社区服务质量和管理水平,使社区服务在改善居民生活、增加就业机会、建立社会保障社会化服务体系、大力发展社区服务业等方面发挥更大的作用。',
      ),
    ).toBe('把搞好社区管理和服务作为社区党建的首要任务来抓');
  });
});

describe('headingRole', () => {
  it('lets the last cue word win (head-final noun phrases)', () => {
    expect(headingRole('基础党建工作存在问题的原因分析', rules.roleCues)).toEqual({
      source: 'heading',
      cue: '原因',
      role: 'cause',
    });
    expect(headingRole('对社区党建工作的认识及其存在的问题', rules.roleCues)).toMatchObject({ role: 'problem' });
    expect(headingRole('城市社区党建工作面临的新形势', rules.roleCues)).toMatchObject({ role: 'context' });
  });
  it('reads a plan’s goal setting (`三、目标设定`) and a paper’s `问题的提出` as context: no items under them', () => {
    expect(headingRole('目标设定', rules.roleCues)).toMatchObject({ role: 'context' });
    // A paper's `一、问题的提出` is its introduction, not a section of problems.
    expect(headingRole('一、问题的提出', rules.roleCues)).toMatchObject({ role: 'context' });
    const plan = [
      '社区班子建设构想方案',
      '二、问题定义',
      '2.1班子结构失衡问题',
      '2.2能力素质短板问题',
      '三、目标设定',
      '3.1结构优化目标',
      '3.2能力提升目标',
      '四、实施路径',
      '4.1结构优化路径',
      '4.2能力提升路径',
      '',
    ].join('\n');
    expect(itemsOf(plan).filter((i) => i.includes('目标'))).toEqual([]);
    expect(itemsOf(plan)).toHaveLength(4);
  });
  it('reads a report’s `问题缘起` and its `自查方法` (how it found the problems) as context', () => {
    expect(headingRole('问题缘起', rules.roleCues)).toMatchObject({ role: 'context' });
    expect(headingRole('二、自查方法', rules.roleCues)).toMatchObject({ role: 'context' });
    expect(headingRole('研究方法与数据来源', rules.roleCues)).toMatchObject({ role: 'context' });
    // A method that solves a problem is a countermeasure still.
    expect(headingRole('解决问题的方法', rules.roleCues)).toMatchObject({ role: 'countermeasure' });
  });

  it('reads a report’s `实践和探索` (what was done) as context: its points are no countermeasures', () => {
    const report = [
      '机关党建工作调研报告',
      '一、实践和探索',
      '(一)严考严管落实党建责任制',
      '(二)坚持用制度管人管事',
      '二、存在的问题',
      '(一)党务干部队伍建设仍需强化',
      '(二)党建工作保障力度不够',
      '',
    ].join('\n');
    expect(itemsOf(report)).toEqual(['problem: 党务干部队伍建设仍需强化', 'problem: 党建工作保障力度不够']);
  });
  it('under a title naming problems, reads a section its heading names as the situation as no item (`…的趋势与特点`)', () => {
    const text = [
      '农村党员干部队伍建设的短板',
      '一、当前农村党员干部队伍建设的趋势与特点',
      '农村党员干部是乡村发展的关键少数。',
      '二、青老结构失序',
      '年轻党员干部少,老党员干部多。',
      '三、能力大小失调',
      '部分党员干部带富能力弱。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 青老结构失序', 'problem: 能力大小失调']);
  });
  it('reads letter-spaced headings (`问 题`, `对　策`) as if unspaced', () => {
    expect(headingRole('一、问 题', rules.roleCues)).toMatchObject({ role: 'problem', cue: '问题' });
    expect(headingRole('对\u3000策', rules.roleCues)).toMatchObject({ role: 'countermeasure', cue: '对策' });
  });
  it('gives nothing without a cue', () => {
    expect(headingRole('普遍重视不够', rules.roleCues)).toEqual({ source: 'default' });
  });

  // Cues over a small alphabet, so they overlap, end in the same character, repeat across roles.
  const word = fc
    .array(fc.constantFrom('问', '题', '原', '因', '题因', 'x', '表现'), { minLength: 1, maxLength: 3 })
    .map((w) => w.join(''));
  const cues = fc.record({
    problem: fc.array(word, { maxLength: 4 }),
    cause: fc.array(word, { maxLength: 4 }),
    countermeasure: fc.array(word, { maxLength: 4 }),
    context: fc.array(word, { maxLength: 2 }),
    conclusion: fc.array(word, { maxLength: 2 }),
    abstract: fc.array(word, { maxLength: 2 }),
    references: fc.array(word, { maxLength: 2 }),
  });
  const text = fc
    .array(fc.constantFrom('问', '题', '原', '因', 'x', '的', ' ', '\u3000', '表现', '在', '，'), { maxLength: 16 })
    .map((t) => t.join(''));

  it('gives the role the per-cue search gives (property)', () => {
    fc.assert(
      fc.property(text, cues, (t, c) => {
        expect(headingRole(t, c)).toEqual(simpleHeadingRole(t, c));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a heading inside the view as if sliced out (property)', () => {
    fc.assert(
      fc.property(text, text, text, cues, (before, heading, after, c) => {
        const view = before + heading + after;
        const node: OutlineNode = {
          id: '',
          marker: { family: 'arabic', ordinal: 1, text: '1.', start: 0, end: 0 },
          level: 1,
          heading,
          headingSpan: { start: before.length, end: before.length + heading.length },
          span: { start: 0, end: view.length },
          role: 'other',
          roleEvidence: { source: 'default' },
          children: [],
        };
        assignRoles([node], view, c);
        const want = simpleHeadingRole(heading, c);
        expect(node.roleEvidence).toEqual(want.role ? { source: 'heading', cue: want.cue } : { source: 'default' });
        expect(node.role).toBe(want.role ?? 'other');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('buildOutline', () => {
  it('finds headings run into one paragraph (篇二 style)', () => {
    expect(
      outline(
        '一、当前城市基层党建工作中存在的突出问题(一)思想观念不新,存在“刻舟求剑”的思维方式目前,部分干部不适。(二)担当作为不力,存在“甩手掌柜”的责任意识有的班子成员认为。二、基础党建工作存在问题的原因分析(一)理论学习不深,“总开关”拧得不紧基层党组织往往放松学习。(二)责任传导不够,“领头雁”意识不强党组织的主体责任落实不力。',
      ),
    ).toEqual([
      '一、当前城市基层党建工作中存在的突出问题 〔problem〕',
      '  (一)思想观念不新,存在“刻舟求剑”的思维方式 〔problem〕',
      '  (二)担当作为不力,存在“甩手掌柜”的责任意识 〔problem〕',
      '二、基础党建工作存在问题的原因分析 〔cause〕',
      '  (一)理论学习不深,“总开关”拧得不紧 〔cause〕',
      '  (二)责任传导不够,“领头雁”意识不强 〔cause〕',
    ]);
  });

  it('opens a list at its `二、` on a line of its own when its `一、` was joined to the title line', () => {
    const text = [
      '工作方案模板一、背景分析',
      '1.1政策导向',
      '1.2现实需求',
      '二、问题定义',
      '2.1职责边界模糊',
      '2.2资源保障不足',
      '三、实施路径',
      '3.1资源整合路径',
      '3.2协同机制创新路径',
      '',
    ].join('\n');
    expect(outline(text)).toEqual([
      '∅ 〔context〕',
      '1.1政策导向 〔other〕',
      '1.2现实需求 〔other〕',
      '二、问题定义 〔problem〕',
      '  2.1职责边界模糊 〔problem〕',
      '  2.2资源保障不足 〔problem〕',
      '三、实施路径 〔countermeasure〕',
      '  3.1资源整合路径 〔countermeasure〕',
      '  3.2协同机制创新路径 〔countermeasure〕',
    ]);
  });

  it('keeps an introduction and a closing paragraph', () => {
    expect(
      outline(
        '近年来,城市社区党建成为焦点。\n问题一:组织体制不够完善。\n整改措施:完善社区组织体制。\n综上所述,要积极推进改革。',
      ),
    ).toEqual([
      '∅ 〔context〕',
      '问题一:组织体制不够完善 〔problem〕',
      '整改措施:完善社区组织体制 〔countermeasure〕',
      '∅ 〔conclusion〕',
    ]);
  });
});
