import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undo } from '../../../src/analyzer/source/ledger.ts';
import { findArtifacts } from '../../../src/analyzer/source/normalize/artifacts.ts';
import { findCorrections } from '../../../src/analyzer/source/normalize/corrections.ts';
import { findFlattenedParagraphs } from '../../../src/analyzer/source/normalize/flattened-paragraphs.ts';
import { findFurniture } from '../../../src/analyzer/source/normalize/furniture.ts';
import { compileFurniture } from '../../../src/analyzer/source/normalize/line-rules.ts';
import { normalizeRegion } from '../../../src/analyzer/source/normalize/index.ts';
import { findPageNumbers, findPagePrefixes } from '../../../src/analyzer/source/normalize/page-numbers.ts';
import {
  endsWithHan,
  findWrappedLines,
  isTerminal,
  mayEndInHeading,
} from '../../../src/analyzer/source/normalize/wrapped-lines.ts';
import { HEADING_FAMILIES } from '../../../src/analyzer/source/outline/markers.ts';
import { findMarkers } from '../../reference/markers-simple.ts';
import { clean, content, rules } from '../../helpers.ts';
import { simpleFindWrappedLines, simpleMayEndInHeading } from '../../reference/wrapped-lines-simple.ts';

const furniture = compileFurniture(content.furniture);
/** A simplified region that ends an article, cleaned with no corrections. */
const LAST_REGION = {
  rules,
  furniture: content.furniture,
  corrections: [],
  traditional: false,
  atStart: false,
  atEnd: true,
};

describe('furniture', () => {
  it('removes the page header and keeps what it says about the page', () => {
    const text = '工作总结\n\n城市社区党建存在的问题及对策8篇\n\n时间:2023-07-15 18:00:06  阅读:\n\n';
    const found = findFurniture(text, { atStart: true, atEnd: false, rules: furniture });
    expect(clean(text, found.replacements)).toBe('\n\n\n\n\n\n');
    expect(found.meta).toEqual({
      section: '工作总结',
      compilationTitle: '城市社区党建存在的问题及对策8篇',
      published: '2023-07-15 18:00:06',
    });
  });

  it('keeps lines above a missing time line (no header without its anchor)', () => {
    expect(findFurniture('工作总结\n\n正文', { atStart: true, atEnd: false, rules: furniture }).replacements).toEqual(
      [],
    );
  });

  it('removes the trailer lines and reads the site name and hot words', () => {
    const text =
      '正文。\n\n相关热词搜索: 城市社区党建 对策\n\n版权所有:巨匠文档网 2010-2024 未经授权禁止复制\nPowered by 巨匠文档网 © All Rights Reserved.。冀ICP备20016797号';
    const found = findFurniture(text, { atStart: false, atEnd: true, rules: furniture });
    expect(clean(text, found.replacements)).toBe('正文。\n\n\n\n\n');
    expect(found.meta).toEqual({ hotWords: ['城市社区党建', '对策'], site: '巨匠文档网' });
  });

  it('removes an ICP line on its own', () => {
    const found = findFurniture('正文。\n京ICP备12345678号-1\n', { atStart: false, atEnd: false, rules: furniture });
    expect(found.replacements.map((r) => r.rule)).toEqual(['furniture.icp']);
    const late = (lead: string) =>
      findFurniture(`正文。\n${lead}ICP备12345678号\n`, { atStart: false, atEnd: false, rules: furniture }).replacements
        .length;
    expect([late('京'.repeat(20)), late('京'.repeat(21))]).toEqual([1, 0]);
  });

  it('removes the excerpt notice and a lone layout token', () => {
    const text = '摘要。\n\n  因版权原因,仅展示原文概要,查看原文内容请购买\n\n  LT\n\n  正文';
    expect(clean(text, findFurniture(text, { atStart: false, atEnd: false, rules: furniture }).replacements)).toBe(
      '摘要。\n\n\n\n\n\n  正文',
    );
  });

  it('removes a publisher watermark glued to the text', () => {
    const text = '改革与开放,2018(20):77+79.MEC2019.1051Copyright?博看网www.bookan.com.cn.AllRightsReserved.';
    expect(clean(text, findFurniture(text, { atStart: false, atEnd: false, rules: furniture }).replacements)).toBe(
      '改革与开放,2018(20):77+79.',
    );
  });

  it('removes an uploader attribution only at the end of an article', () => {
    const text = '不断增强经济实力。作者:金鹏信息网格化软件公司';
    expect(clean(text, findFurniture(text, { atStart: false, atEnd: true, rules: furniture }).replacements)).toBe(
      '不断增强经济实力。',
    );
    expect(findFurniture(text, { atStart: false, atEnd: false, rules: furniture }).replacements).toEqual([]);
  });
});

describe('page numbers', () => {
  it('removes glued page numbers that count up (66, 67)', () => {
    const text = '对上级或领导关心关注的66事给予更多重视。…责任编辑:胡 越67';
    expect(clean(text, findPageNumbers(text, rules.numberUnits))).toBe(
      '对上级或领导关心关注的事给予更多重视。…责任编辑:胡 越',
    );
  });

  it('leaves counts with units and lone numbers alone', () => {
    const text = '党员联络卡记录114人,自主管理的党员28人,抽出1000至2000元';
    expect(findPageNumbers(text, rules.numberUnits)).toEqual([]);
  });

  it('removes the page numbers a document site puts before each page cut mid-sentence', () => {
    const page = (n: number) => '基层党组织建设'.repeat(n);
    const text = `1、${page(15)}缺乏发挥\n2、作用的勇气和动力。${page(15)}造成\n3、党员队伍老化。`;
    expect(clean(text, findPagePrefixes(text))).toBe(
      `${page(15)}缺乏发挥\n作用的勇气和动力。${page(15)}造成\n党员队伍老化。`,
    );
  });

  it('leaves numbered lines alone that are short or end their sentences', () => {
    const long = '基层党组织建设'.repeat(15);
    for (const text of [
      '1、加强学习\n2、完善制度\n3、强化考核',
      `1、${long}。\n2、${long}。\n3、${long}。`,
      `1、${long}\n3、${long}`,
    ])
      expect(findPagePrefixes(text)).toEqual([]);
  });

  it('removes a page footer split over two lines', () => {
    const text = '大量农村和企业下岗党员\n\n  一\n\n  3进入新经济和社会组织';
    expect(clean(text, findPageNumbers(text, rules.numberUnits))).toBe('大量农村和企业下岗党员进入新经济和社会组织');
  });
});

describe('artifacts', () => {
  it('repairs 冶 and 摇 in a text where 冶 closes quotes', () => {
    const text = '毕摇伟摇强…“刻舟求剑冶的思维方式,“大党建冶工作思维';
    expect(clean(text, findArtifacts(text, rules.artifacts))).toBe('毕 伟 强…“刻舟求剑”的思维方式,“大党建”工作思维');
  });

  it('leaves texts without the artifact untouched', () => {
    expect(findArtifacts('“基础不牢,地动山摇”。', rules.artifacts)).toEqual([]);
  });

  it('keeps real words that contain the glyph', () => {
    const text = '“甲冶“乙冶,陶冶情操,地动山摇';
    expect(clean(text, findArtifacts(text, rules.artifacts))).toBe('“甲”“乙”,陶冶情操,地动山摇');
  });
});

describe('corrections', () => {
  it('replaces every occurrence and reports corrections that match nothing', () => {
    const result = findCorrections('i是甲;i是乙', [
      { find: 'i是', replace: '三是' },
      { find: '杜区', replace: '社区', note: '“社”误识为“杜”' },
    ]);
    expect(result.replacements.map((r) => [r.start, r.text])).toEqual([
      [0, '三是'],
      [4, '三是'],
    ]);
    expect(result.unused).toEqual([{ find: '杜区', replace: '社区', note: '“社”误识为“杜”' }]);
  });
});

describe('wrapped lines', () => {
  it('joins a paragraph broken mid-word', () => {
    const text = '社区是城市的基层组织细胞。大量的人民内部矛盾,都需要把矛盾化解在萌\n\n  芽,把问题解决在基层。';
    expect(clean(text, findWrappedLines(text, rules))).toBe(
      '社区是城市的基层组织细胞。大量的人民内部矛盾,都需要把矛盾化解在萌芽,把问题解决在基层。',
    );
  });

  it('keeps a heading line apart from its body', () => {
    const text = '引言。\n\n  1、社区党建工作机制不完善、不规范,与社区建设的繁重任务不相适应\n\n  一是在领导机制方面';
    expect(findWrappedLines(text, rules)).toEqual([]);
  });

  it('keeps a heading that ends a line apart from the next paragraph', () => {
    const text = '党建的责任意识和使命感.(二)财力物力投入不足.工作环境与条件欠缺\n\n  要抓好社区党建,促进社区工作';
    expect(findWrappedLines(text, rules)).toEqual([]);
  });

  it('keeps an unnumbered role line of its own apart from the lead-in after it, and only such a line', () => {
    const joined = (text: string) => findWrappedLines(text, rules).map((r) => r.start);
    // A paragraph of one line ending in its role (or `原因分析`), after a sentence's end: a heading.
    expect(joined('引言。\n加强社区党建工作的对策和措施\n结合新形势,提出如下对策:')).toEqual([]);
    expect(joined('引言。\n基础党建工作存在问题的原因分析\n造成上述问题的原因是多方面的:')).toEqual([]);
    // A wrapped line of a paragraph ending on a role word, or a line holding a list, is joined.
    expect(joined('引言。\n但总体上看,社区党建工作在实\n践过程中仍有不少问题\n,这些问题突出')).toHaveLength(2);
    expect(joined('引言。\n不到位、服务质量差等问题的意见\n和要求难以得到解决。')).toHaveLength(1);
  });

  it('keeps a bullet alone on its line apart from the unfinished line before it', () => {
    const text =
      '引言。\n现实困境\n-\n政策执行温差现象 某地调研显示社区书记存在政策理解偏差\n-\n能力迭代滞后问题 数字治理能力不足';
    expect(findWrappedLines(text, rules)).toEqual([]);
  });

  it('ends a list of points written one under another at the blank line after it', () => {
    const list = [
      '引言。\n问题表现\n\n  • 学习不深入,存在学用脱节现象',
      '  • 意识形态工作责任制落实不到位,阵地管理存在薄弱环节',
      '\n典型案例: 2018年对某省的巡视反馈指出,该省“学习贯彻新思想不够深入',
    ].join('\n');
    expect(findWrappedLines(list, rules)).toEqual([]);
    // A page that puts a blank line after every line still joins a point wrapped across it.
    const spaced = '引言。\n\n  • 学习不深入,存在学用脱节现象,理论学\n\n习流于形式。';
    expect(findWrappedLines(spaced, rules)).toHaveLength(1);
  });

  it('keeps short head lines with no ordinal apart, three or more, and the lead-in line before them', () => {
    const body = (head: string) =>
      `${head}\n一些单位党组织的工作方法与快节奏的生产经营方式不相适应,缺乏时代感和针对性,对不准焦点,抓不住难点。`;
    const text = [
      '电力企业党建工作存在不适应的问题,传统的管理理念依然留下烙印。具体表现在以下几个方面',
      body('管理方法开始"老化"'),
      body('党组织作用有所"弱化"'),
      body('企业政工队伍开始"退化"'),
    ].join('\n');
    expect(findWrappedLines(text, rules)).toEqual([]);
    // Two such lines may be hard wraps, and so may the lead-in before them.
    const two = text.split('\n').slice(0, 5).join('\n');
    expect(findWrappedLines(two, rules).length).toBeGreaterThan(0);
  });

  it('joins a line whose run-in heading is followed by body text', () => {
    const text =
      '记录照搬照抄。二、原因分析(一)理论学习不深,“总开关”拧得不紧基层党组织往往因为任务繁重、时间\n\n  紧,而放松学习。';
    expect(clean(text, findWrappedLines(text, rules))).toBe(
      '记录照搬照抄。二、原因分析(一)理论学习不深,“总开关”拧得不紧基层党组织往往因为任务繁重、时间紧,而放松学习。',
    );
  });

  it('rejoins a heading number split from its text', () => {
    const text = '并采取有力措施予以解决.一\n\n  ,城市社区党建工作面临的新形势\n\n  (一)城市管理重心下移';
    expect(clean(text, findWrappedLines(text, rules))).toBe(
      '并采取有力措施予以解决.一,城市社区党建工作面临的新形势\n\n  (一)城市管理重心下移',
    );
  });

  it('keeps title, masthead and author lines apart (front matter)', () => {
    const text =
      '城市社区党建工作存在的问题及对策\n\n  重庆科技学院学报(社会科学版)20XX年第10期\n\n  熊晓燕,苏欢,蔡艳艳,丛旭东';
    expect(findWrappedLines(text, rules)).toEqual([]);
  });

  it('joins a field label split across lines', () => {
    const text = '【作\n\n  者】马建国';
    expect(clean(text, findWrappedLines(text, rules))).toBe('【作者】马建国');
  });

  it('joins what splitting the view into lines by string methods joins (property)', () => {
    // Lines broken mid-sentence, after sentence marks, headings, labels and names, with line breaks and spaces of all kinds between.
    const piece = fc.constantFrom(
      '\n',
      '\n\n',
      '\n\n\n',
      '\r\n',
      ' ',
      '\u3000',
      '\t',
      '\u00a0',
      '社区党建工作中存在的问题',
      '大量的人民内部矛盾',
      '。',
      ',',
      '，',
      '；',
      '二、原因分析',
      '(一)',
      '1、',
      '【作',
      '者】',
      '熊晓燕,苏欢',
      '马建国',
      'Abstract',
      '摘要',
      '要抓好社区党建',
      '目前',
      '不足',
      '”',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((ps) => ps.join('')),
        (text) => {
          expect(findWrappedLines(text, rules)).toEqual(simpleFindWrappedLines(text, rules));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps lines heading points of their own as the reference does (property)', () => {
    // Whole lines: short ordinal lines with no sentence, body lines long and short, wrapped and whole, bullets,
    // short head lines and a lead-in ending its line.
    const line = fc.constantFrom(
      '一是党员基数大，应转不转的党员较多',
      '二是基层工作任务重',
      '首先，经费的制约',
      '第三，党员管理机制',
      '三是经费保障。',
      '此类党员主要有以下几类，迁居党员不愿转移组织关系，退休党员往往不转移组织关系，毕业生党员',
      '随着疫情防控工作日常化，本就工作繁重的基层社区更是雪上加霜。社区工作人员身兼数职，',
      '难以专心抓党建工作。',
      '城市社区党员一般年龄较大。',
      '  • 意识形态工作责任制落实不到位,阵地管理存在薄弱环节',
      '• 学习不深入',
      '管理方法开始"老化"',
      '具体表现在以下几个方面',
      '',
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }).map((ls) => ls.join('\n')),
        (text) => {
          expect(findWrappedLines(text, rules)).toEqual(simpleFindWrappedLines(text, rules));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('tells a long paragraph ends in a heading as searching all of it does (property)', () => {
    // Long lines of body text, markers, headings and sentence marks, broken anywhere.
    const piece = fc.constantFrom(
      '\n',
      '\n\n',
      '社区党建工作中存在的问题',
      '党员',
      '的',
      '。',
      ',',
      '，',
      '；',
      '二、',
      '(一)',
      '（二）',
      '1、',
      '2.',
      '①',
      '一是',
      '二是',
      '首先，',
      ' ',
      '\u3000',
      '问题一:',
      '原因分析',
      '不足',
      '目前',
      '措施',
      '123',
      '十二',
      '整改措施:',
      ')',
      '）',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 20, maxLength: 120 }).map((ps) => ps.join('')),
        (text) => {
          expect(findWrappedLines(text, rules)).toEqual(simpleFindWrappedLines(text, rules));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeRegion', () => {
  it('records every change so undoing them restores the region', () => {
    const raw = '  重庆行政摇2020年第1期…关注的66事…“刻舟求剑冶“与时俱进冶。时间\n\n  紧,而放松。胡摇越67';
    const n = normalizeRegion(raw, 500, LAST_REGION);
    expect(n.ledger.text).toBe('  重庆行政 2020年第1期…关注的事…“刻舟求剑”“与时俱进”。时间紧,而放松。胡 越');
    expect(undo(n.ledger.text, n.ledger.edits)).toBe(raw);
    expect(n.ledger.edits.every((e) => e.start >= 500)).toBe(true);
  });

  it('matches patterns on the simplified view of a traditional text but keeps its characters', () => {
    const raw = '甲\n\n  相關熱詞搜索: 社區黨建\n\n  乙';
    const n = normalizeRegion(raw, 0, {
      rules,
      furniture: content.furniture,
      corrections: [],
      traditional: true,
      atStart: false,
      atEnd: false,
    });
    expect(n.ledger.text).toBe('甲\n\n\n\n  乙');
    expect(n.meta.hotWords).toEqual(['社区党建']);
  });
});

describe('line-end tests of wrapped-line joining', () => {
  it('read the same from the last two characters as from the whole line', () => {
    const TERMINAL = /(?:[。！？!?；;：:…]|[.．](?!\d)|[。！？!?][”’」』])$/;
    const char = fc.constantFrom(
      '社',
      '区',
      '。',
      '！',
      '？',
      '!',
      '?',
      '；',
      ';',
      ':',
      '”',
      '’',
      '」',
      '』',
      '.',
      '．',
      '1',
      'a',
      ' ',
      '𠀋',
      '\udc0b',
      '：',
      '…',
    );
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 8 }).map((cs) => cs.join('')),
        (line) => {
          expect(isTerminal(line)).toBe(TERMINAL.test(line));
          expect(endsWithHan(line)).toBe(/\p{Script=Han}$/u.test(line));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('heading pre-check of wrapped-line joining', () => {
  it('reads the marker end 61 characters from the end, not one further', () => {
    expect(mayEndInHeading(`)${'社'.repeat(60)}`)).toBe(true);
    expect(mayEndInHeading(`)${'社'.repeat(61)}`)).toBe(false);
    expect(mayEndInHeading(`)。${'社'.repeat(59)}`)).toBe(false);
  });

  it('is true wherever the last heading marker ends within the tail and after the last sentence mark', () => {
    const char = fc.constantFrom(
      '社',
      '区',
      '问',
      '题',
      '施',
      '一',
      '二',
      '十',
      '1',
      '2',
      '、',
      '，',
      ',',
      '.',
      '．',
      '：',
      ':',
      '(',
      ')',
      '（',
      '）',
      '〔',
      '〕',
      '①',
      '⑳',
      '。',
      '；',
      ' ',
      '\u3000',
      '\n',
      'a',
    );
    // Also mostly plain text, so that what lies 60 and 61 characters from the end decides.
    const sparse = fc.array(fc.oneof({ weight: 12, arbitrary: fc.constant('社') }, { weight: 1, arbitrary: char }), {
      maxLength: 90,
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.array(char, { maxLength: 90 }), sparse).map((cs) => cs.join('')),
        (line) => {
          const markers = findMarkers(line).filter((m) => HEADING_FAMILIES.has(m.family));
          const last = markers[markers.length - 1];
          const simple =
            last !== undefined && line.length - last.end <= 60 && !/[。！？!?；;]/.test(line.slice(last.end));
          if (simple) expect(mayEndInHeading(line)).toBe(true);
          expect(mayEndInHeading(line)).toBe(simpleMayEndInHeading(line));
          expect(mayEndInHeading(line, false)).toBe(simpleMayEndInHeading(line, false));
          // Given only its last 61 or more characters, it is true wherever it is for the whole line.
          if (mayEndInHeading(line))
            for (const k of [61, 70]) expect(mayEndInHeading(line.slice(-k), k >= line.length)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('paragraphs run together on one line (a page flattened by its site)', () => {
  const paragraphs = [
    '加强农村党支部建设的调研报告 党的基层组织是党的全部工作和战斗力的基础,加强支部建设是一项重要内容。',
    '一、当前支部建设中值得注意的几个问题',
    '从调查的情况来看,当前农村党支部仍存在一些值得注意的问题。',
    '(一)班子成员年龄老化。部分支部委员平均年龄超过五十五岁,后继乏人。',
    '(二)活动阵地不足。不少村没有固定的活动场所,党员活动只能借用村委会的办公室,学习教育难以经常开展。',
    '(三)发展党员困难。青年人大多外出务工,入党积极分子少,村党支部连续几年没有发展新党员。',
  ];
  const page = paragraphs.join(' ');

  it('are split at the spaces after sentence ends and after a numbered heading, and nowhere else', () => {
    const found = findFlattenedParagraphs(page);
    expect(found.every((r) => r.text === '\n' && r.rule === 'layout.split-flattened-paragraph')).toBe(true);
    // The title's space, inside the first paragraph, stays.
    expect(clean(page, found).split('\n')).toEqual(paragraphs);
  });

  it('are split after a lead-in’s colon before a point, a half-width stop, and a heading numbered `一，`', () => {
    const line = [
      '社区党建工作取得了一定成效,但也存在一些问题.',
      '一，社区党建存在的问题',
      '从调查的情况看,社区党建工作在实践中仍有不少问题,突出表现在以下几个方面:',
      '(一)组织覆盖不全面。新兴领域党组织少,部分小区没有党组织,党员找不到组织。',
      '(二)党员教育流于形式。学习内容单一,方式陈旧,党员参与的积极性不高,效果不明显。',
      '(三)活动阵地不足。不少社区没有固定的活动场所,党员活动只能借用居委会的办公室,学习教育难以经常开展。',
    ];
    expect(clean(line.join(' '), findFlattenedParagraphs(line.join(' '))).split('\n')).toEqual(line);
    // A colon before words that open no point is a clause's, not a lead-in's.
    const clause = line.join(' ').replace(':', ': 主要是');
    expect(clean(clause, findFlattenedParagraphs(clause)).split('\n')).toHaveLength(5);
  });

  it('are left alone in a short line, or where fewer than two spaces follow a sentence end', () => {
    expect(findFlattenedParagraphs(page.slice(0, 190))).toEqual([]);
    const wrapped = `${'党组织建设存在不少薄弱环节,有的支部组织生活不规范,'.repeat(6)}会议后续未定 期召开,整改不彻底。 下一段`;
    expect(findFlattenedParagraphs(wrapped)).toEqual([]);
  });

  it('come apart in the cleaned text, each break recorded and undone', () => {
    const { ledger } = normalizeRegion(page, 0, LAST_REGION);
    expect(ledger.text.split('\n')).toHaveLength(6);
    expect(ledger.edits.filter((e) => e.rule === 'layout.split-flattened-paragraph')).toHaveLength(5);
    expect(undo(ledger.text, ledger.edits)).toBe(page);
  });
});
