import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractMetadata, type MetadataOptions } from '../../../src/analyzer/source/metadata/index.ts';
import type { ArticleMetadata, Field } from '../../../src/analyzer/types.ts';

// Inputs are excerpts of content/sources/城市社区党建存在的问题及对策8篇.txt as the
// cleaner hands them over (furniture removed, 冶→” and 摇→space in 篇二, page
// numbers dropped, wrapped lines joined where the joining rule says so).

const JOURNALS: MetadataOptions['journals'] = [
  { name: '现代企业文化', issn: '1674-1145', english: ['MODERN ENTERPRISE CULTURE'] },
  {
    name: '重庆科技学院学报(社会科学版)',
    issn: '1673-1999',
    english: ['Journal of Chongqing University of Science and Technology (Social Sciences Edition)'],
  },
];

const P1 =
  '  \n\n  社区党建工作中存在的问题及对策\n\n  马建国\n\n  【期刊名称】《劳动保障世界》\n\n  【年(卷),期】2014(000)002【摘要】社区是城市中的重要组成部分,党建也是社区中的重要组成部分。要构建和谐社会,就必须做好社区的党建工作。但是在目前看来,社区的党建工作仍然存在很多的问题,这些问题给党建工作带来了一些困难。笔者根据实际情况,针对社区党建工作中存在的问题以及对策进行了探讨,希望能为广大的相关工作者提供一些参考依据。\n\n  【总页数】1页(P115-115)\n\n  【作\n\n  者】马建国\n\n  【作者单位】中国钢研科技集团有限公司,北京市100081【正文语种】中文【中图分类】D26【相关文献】\n\n  1.当前我国社区党建工作存在的问题及对策--以天津泰达社区的实践为例2.社区党建工作中存在的问题与对策探析——以北八里社区为例3.充分认识社区工作中存在的四大矛盾积极加强社区党建4.新形势下社区党建存在的问题及对策——基于马鞍山市社区党建情况的调查5.乌审旗在社区党建工作中,开展无职党员、社区志愿者“设岗定责”活动,严把“三关口”\n\n  ';

const P2 =
  '  \n\n  重庆行政 2020年第1期城市基层党建工作存在的问题及对策毕 伟 强城市基层党建作为贯穿社会治理和基层建设的 近年来,重庆市大渡口区茄子溪街道始终把加一条红线,聚焦“抓党建、抓治理、抓服务”主责主业,坚持以党建工作统揽全局,积极引领全面从严治党新常态。' +
  '(五)“效”字为本,由“虚化空转”向“落实落细”转变细化党建工作各项流程,把严格的标准和要求落实到党的建设各方面;细化目标任务,规范落实每一项信息和环节。作  者:中共重庆市大渡口区茄子溪街道党工委书记责任编辑:胡 越';

const P3 =
  '  \n\n  社区党建工作中存在问题的探析及对策\n\n  关于基层社区党建工作存在的问题及对策\n\n  “基础不牢,地动山摇”。近年来,在基层党组织这个层面上,认真夯实党的执政基础。';
const P4 =
  '  \n\n  城市社区党建工作存在的问题和整改措施\n\n  近年来,城市社区的党建工作成为了各级政府和社会各界关注的焦点。';

const P5 =
  '  \n\n  企业党建MODERNENTERPRISECULTURE社区党建工作中存在的问题及有效对策李文静山东省潍坊市青州市王府街道办事处中图分类号:D267文献标识:A文章编号:1674-1145(2019)10-051-01摘要  从当前我国的社区党建工作的现状能发现,其中还存在着诸多问题有待解决,面对新的社会发展阶段,社区党建工作创新就显得比较重要。本文先就社区党建工作的问题以及产生的原因进行分析,然后就社区党建工作优化措施详细探究,期望能从理论层面就社区党建工作发展起到积极作用。关键词社区党建   工作问题   原因分析共产党发展中积累了丰富的经验,但是面临新时期的社会发展形势,党建工作也面临着诸多的挑战。' +
  '三、结语综上,社区党建工作的实施过程中,要充分注重方法的科学化运用,为社区的服务质量提升打下基础。参考文献:[1]张瑞煊.新时代城市社区党组织建设存在的主要问题及对策——以河南省新乡市红旗区为例[J].兰州教育学院学报,2019,35(07):102-104.[2]李玲.城市社区党建工作的现状、问题与发展对策探索——以新疆生产建设兵团第一师阿拉尔市街道社区为例[J].创新创业理论研究与实践,2019,2(13):168-169.[3]张晨洪.社区党建工作中存在的问题及有效对策[J].纳税,2018(04):252.[4]林新典.试论社区党建工作中存在的问题及有效对策[J].才智,2017(16):279-280.[5]赵建玲.试论社区党建工作中存在的问题及有效对策[J].改革与开放,2018(20):77+79.\n\n  ';

const P6 =
  '  \n\n  社区党建工作中存哪些问题与对策\n\n  \n\n  社区党建工作中存哪些问题与对策\n\n  加强和改进城市社区党建工作,贯彻落实“三个代表”重要思想,具有十分重要的意义。';

/** 篇七 with its PDF lines left unjoined. */
const P7 =
  '  \n\n  城市社区党建工作存在的问题及对策\n\n  重庆科技学院学报(社会科学版)20XX年第10期\n\n  JournalofChongqingUniversityofScienceandTechnology(SocialSciencesEdition)No.102009城市社区党建工作存在的问题及对策\n\n  熊晓燕,苏欢,蔡艳艳,丛旭东\n\n  摘要:社区党建是党的基层组织建设的重要组成部分.是党在城市全部工作和战斗力的基础.分析城市社区党建工作面\n\n  临的新形势.探讨当前城市社区党建工作存在的主要问题,提出进一步加强城市社区党建工作的基本对策.关键词:城市社区;党建工作;新形势;问题;对策\n\n  中图分类号:D267.7文献标识码:A文章编号:1673—1999(2009)10~0003—02作者简介:熊晓燕(1965一),女,四川邻水人,法学硕士,重庆理工大学(重庆400054)教务处教授,从事思想政治教育和\n\n  党建理论研究.收稿日期:2009-05-22基金项目:重庆市教委社科基金项目”重庆城市社区党建工作研究”成果之一.随着现代化,城市化进程的加快,社区党建面临着许多新情\n\n  况,新问题,亟待认真研究,不断探索,并采取有力措施予以解决.\n\n  ' +
  '需要:三是从具体事情做起,为群众多办实事,好事,真正为居\n\n  民群众排忧解难,以增强党在群众中的凝聚力和号召力.参考文献:[1】廖金碧,等.城市社区党建工作[M】.上海:上海人民出版社,2002.『21韩莉.城市社区党建工作存在的问题及对策研究[J].理论导\n\n  刊.2002(9).\n\n  ';

/** 篇七 with every wrapped line joined, as far as the joining rule goes. */
const P7_JOINED =
  '  \n\n  城市社区党建工作存在的问题及对策\n\n  重庆科技学院学报(社会科学版)20XX年第10期JournalofChongqingUniversityofScienceandTechnology(SocialSciencesEdition)No.102009城市社区党建工作存在的问题及对策熊晓燕,苏欢,蔡艳艳,丛旭东\n\n  摘要:社区党建是党的基层组织建设的重要组成部分.是党在城市全部工作和战斗力的基础.分析城市社区党建工作面临的新形势.探讨当前城市社区党建工作存在的主要问题,提出进一步加强城市社区党建工作的基本对策.关键词:城市社区;党建工作;新形势;问题;对策中图分类号:D267.7文献标识码:A文章编号:1673—1999(2009)10~0003—02作者简介:熊晓燕(1965一),女,四川邻水人,法学硕士,重庆理工大学(重庆400054)教务处教授,从事思想政治教育和党建理论研究.收稿日期:2009-05-22基金项目:重庆市教委社科基金项目”重庆城市社区党建工作研究”成果之一.随着现代化,城市化进程的加快,社区党建面临着许多新情况,新问题,亟待认真研究,不断探索,并采取有力措施予以解决.' +
  '民群众排忧解难,以增强党在群众中的凝聚力和号召力.参考文献:[1】廖金碧,等.城市社区党建工作[M】.上海:上海人民出版社,2002.『21韩莉.城市社区党建工作存在的问题及对策研究[J].理论导刊.2002(9).\n\n  ';

const P8 =
  '  \n\n  浅谈社区党建工作存在几个问题及对策\n\n  浅谈社区党建工作存在的几个问题及对策\n\n  近年来,我县把社区党建作为加强和改善党的领导的一项重要工作来抓。';

const run = (text: string, view = text, options: MetadataOptions = { journals: JOURNALS }) =>
  extractMetadata(text, view, options);

/** Field values only, to pin a whole record at once (absent fields stay absent). */
function values(md: ArticleMetadata): Record<string, unknown> {
  return Object.fromEntries(Object.entries(md).map(([k, f]) => [k, (f as Field<unknown>).value]));
}

/** The `via` of every derived field. */
function vias(md: ArticleMetadata): Record<string, string> {
  return Object.fromEntries(
    Object.entries(md).flatMap(([k, f]) => ((f as Field<unknown>).via ? [[k, (f as Field<unknown>).via!]] : [])),
  );
}

/** What a field's span holds, with wrapped-line breaks and name padding removed. */
function at(text: string, f: Field<unknown> | undefined): string {
  return f ? text.slice(f.span.start, f.span.end).replace(/\s*\n\s*/g, '') : '';
}

const P7_EXPECTED = {
  title: '城市社区党建工作存在的问题及对策',
  authors: ['熊晓燕', '苏欢', '蔡艳艳', '丛旭东'],
  journal: '重庆科技学院学报(社会科学版)',
  journalEnglish: 'JournalofChongqingUniversityofScienceandTechnology(SocialSciencesEdition)',
  year: 2009,
  issue: '10',
  pages: { first: 3, last: 4 },
  issn: '1673-1999',
  clc: ['D267.7'],
  documentCode: 'A',
  articleNumber: '1673—1999(2009)10~0003—02',
  abstract:
    '社区党建是党的基层组织建设的重要组成部分.是党在城市全部工作和战斗力的基础.分析城市社区党建工作面临的新形势.探讨当前城市社区党建工作存在的主要问题,提出进一步加强城市社区党建工作的基本对策.',
  keywords: ['城市社区', '党建工作', '新形势', '问题', '对策'],
  authorBio: '熊晓燕(1965一),女,四川邻水人,法学硕士,重庆理工大学(重庆400054)教务处教授,从事思想政治教育和党建理论研究',
  received: '2009-05-22',
  fund: '重庆市教委社科基金项目”重庆城市社区党建工作研究”成果之一',
  references: [
    '廖金碧,等.城市社区党建工作[M】.上海:上海人民出版社,2002.',
    '韩莉.城市社区党建工作存在的问题及对策研究[J].理论导刊.2002(9).',
  ],
};

describe('篇一：CNKI 题录卡片（仅摘要）', () => {
  const r = run(P1);

  it('读出卡片的全部字段', () => {
    expect(values(r.metadata)).toEqual({
      title: '社区党建工作中存在的问题及对策',
      authors: ['马建国'],
      journal: '劳动保障世界',
      year: 2014,
      issue: '2',
      pages: { first: 115, last: 115 },
      affiliations: ['中国钢研科技集团有限公司,北京市100081'],
      language: '中文',
      clc: ['D26'],
      abstract:
        '社区是城市中的重要组成部分,党建也是社区中的重要组成部分。要构建和谐社会,就必须做好社区的党建工作。但是在目前看来,社区的党建工作仍然存在很多的问题,这些问题给党建工作带来了一些困难。笔者根据实际情况,针对社区党建工作中存在的问题以及对策进行了探讨,希望能为广大的相关工作者提供一些参考依据。',
      relatedLiterature: [
        '当前我国社区党建工作存在的问题及对策--以天津泰达社区的实践为例',
        '社区党建工作中存在的问题与对策探析——以北八里社区为例',
        '充分认识社区工作中存在的四大矛盾积极加强社区党建',
        '新形势下社区党建存在的问题及对策——基于马鞍山市社区党建情况的调查',
        '乌审旗在社区党建工作中,开展无职党员、社区志愿者“设岗定责”活动,严把“三关口”',
      ],
    });
    expect(vias(r.metadata)).toEqual({});
    expect(r.warnings).toEqual([]);
  });

  it('卷号 000 表示无卷：volume 缺省，期号去掉前导零', () => {
    expect(r.metadata.volume).toBeUndefined();
    expect(at(P1, r.metadata.issue)).toBe('002');
    expect(at(P1, r.metadata.year)).toBe('2014');
  });

  it('字段 span 指向原文中的值', () => {
    expect(at(P1, r.metadata.journal)).toBe('劳动保障世界');
    expect(at(P1, r.metadata.authors)).toBe('马建国');
    expect(P1.slice(r.metadata.authors!.span.start - 2, r.metadata.authors!.span.start)).toBe('者】');
    expect(at(P1, r.metadata.abstract)).toBe(r.metadata.abstract!.value);
    expect(at(P1, r.metadata.pages)).toBe('115-115');
  });

  it('只有元数据的文章：bodyStart === bodyEnd', () => {
    expect(r.bodyStart).toBe(r.bodyEnd);
    expect(r.bodyEnd).toBe(P1.length);
  });

  it('卡片标签被换行拆开（【摘\\n\\n  要】、【正文语种】中\\n\\n  文）也能识别', () => {
    const unjoined = P1.replace('【摘要】', '【摘\n\n  要】').replace('【正文语种】中文', '【正文语种】中\n\n  文');
    const u = run(unjoined);
    expect(values(u.metadata)).toEqual(values(r.metadata));
    expect(u.bodyStart).toBe(unjoined.length);
  });
});

describe('篇二：刊头、标题、署名与正文连排', () => {
  const r = run(P2);

  it('读出刊名、年、期、标题、作者、单位和责任编辑', () => {
    expect(values(r.metadata)).toEqual({
      journal: '重庆行政',
      year: 2020,
      issue: '1',
      title: '城市基层党建工作存在的问题及对策',
      authors: ['毕伟强'],
      affiliations: ['中共重庆市大渡口区茄子溪街道党工委书记'],
      editor: '胡越',
    });
    expect(r.warnings).toEqual([]);
  });

  it('署名的排版空格不进入值，span 仍指向原文', () => {
    expect(at(P2, r.metadata.authors)).toBe('毕 伟 强');
    expect(at(P2, r.metadata.editor)).toBe('胡 越');
  });

  it('正文从署名之后开始，到“作  者:”之前结束', () => {
    expect(P2.slice(r.bodyStart, r.bodyStart + 8)).toBe('城市基层党建作为');
    expect(P2.slice(r.bodyEnd, r.bodyEnd + 5)).toBe('作  者:');
    expect(P2.slice(r.bodyEnd - 6, r.bodyEnd)).toBe('信息和环节。');
  });
});

describe('篇五：栏目、英文刊名、连排的署名和编号字段', () => {
  const r = run(P5);

  it('读出完整的题录', () => {
    expect(values(r.metadata)).toEqual({
      column: '企业党建',
      journalEnglish: 'MODERNENTERPRISECULTURE',
      journal: '现代企业文化',
      title: '社区党建工作中存在的问题及有效对策',
      authors: ['李文静'],
      affiliations: ['山东省潍坊市青州市王府街道办事处'],
      clc: ['D267'],
      documentCode: 'A',
      articleNumber: '1674-1145(2019)10-051-01',
      issn: '1674-1145',
      year: 2019,
      issue: '10',
      pages: { first: 51, last: 51 },
      abstract:
        '从当前我国的社区党建工作的现状能发现,其中还存在着诸多问题有待解决,面对新的社会发展阶段,社区党建工作创新就显得比较重要。本文先就社区党建工作的问题以及产生的原因进行分析,然后就社区党建工作优化措施详细探究,期望能从理论层面就社区党建工作发展起到积极作用。',
      keywords: ['社区党建', '工作问题', '原因分析'],
      references: [
        '张瑞煊.新时代城市社区党组织建设存在的主要问题及对策——以河南省新乡市红旗区为例[J].兰州教育学院学报,2019,35(07):102-104.',
        '李玲.城市社区党建工作的现状、问题与发展对策探索——以新疆生产建设兵团第一师阿拉尔市街道社区为例[J].创新创业理论研究与实践,2019,2(13):168-169.',
        '张晨洪.社区党建工作中存在的问题及有效对策[J].纳税,2018(04):252.',
        '林新典.试论社区党建工作中存在的问题及有效对策[J].才智,2017(16):279-280.',
        '赵建玲.试论社区党建工作中存在的问题及有效对策[J].改革与开放,2018(20):77+79.',
      ],
    });
  });

  it('刊名由 ISSN 查得，年、期、页码、ISSN 由文章编号推得', () => {
    expect(vias(r.metadata)).toEqual({
      journal: 'issn-lookup',
      issn: 'article-number',
      year: 'article-number',
      issue: 'article-number',
      pages: 'article-number',
    });
    expect(r.metadata.journal!.span.start).toBe(r.metadata.journal!.span.end);
    expect(P5.slice(r.metadata.journal!.span.start, r.metadata.journal!.span.start + 9)).toBe('1674-1145');
    expect(at(P5, r.metadata.pages)).toBe('051-01');
  });

  it('最后一个关键词与正文连排：按其余关键词最长长度截断并警告', () => {
    expect(at(P5, r.metadata.keywords)).toBe('社区党建   工作问题   原因分析');
    expect(r.warnings.map((w) => w.code)).toEqual(['metadata.keywords-run-in']);
    expect(r.warnings[0].message).toContain('原因分析');
  });

  it('正文从关键词之后开始，“三、结语”属于正文，参考文献起为尾部', () => {
    expect(P5.slice(r.bodyStart, r.bodyStart + 6)).toBe('共产党发展中');
    expect(P5.slice(r.bodyEnd, r.bodyEnd + 5)).toBe('参考文献:');
    expect(P5.slice(r.bodyStart, r.bodyEnd)).toContain('三、结语综上');
  });

  it('没有期刊表时不查刊名，也不编造', () => {
    const bare = run(P5, P5, {});
    expect(bare.metadata.journal).toBeUndefined();
    expect(bare.metadata.issn!.value).toBe('1674-1145');
  });
});

describe('篇七：期刊 PDF（OCR）', () => {
  it('未合并的 PDF 行：读出完整的题录', () => {
    const r = run(P7);
    expect(values(r.metadata)).toEqual(P7_EXPECTED);
    expect(r.warnings).toEqual([]);
  });

  it('年份取自英文刊头 No.102009，期号取自中文刊头，从不输出 20XX', () => {
    const r = run(P7);
    expect(at(P7, r.metadata.year)).toBe('2009');
    expect(P7.slice(r.metadata.year!.span.start - 5, r.metadata.year!.span.start)).toBe('No.10');
    expect(P7.slice(r.metadata.issue!.span.start - 1, r.metadata.issue!.span.end + 1)).toBe('第10期');
    expect(JSON.stringify(r.metadata)).not.toContain('20XX');
    expect(vias(r.metadata)).toEqual({ issn: 'article-number', pages: 'article-number' });
  });

  it('正文从基金项目句末之后的“随着现代化”开始，到参考文献之前结束', () => {
    const r = run(P7);
    expect(P7.slice(r.bodyStart, r.bodyStart + 5)).toBe('随着现代化');
    expect(P7.slice(r.bodyEnd, r.bodyEnd + 5)).toBe('参考文献:');
  });

  it('合并后的行：结果相同', () => {
    const r = run(P7_JOINED);
    expect(values(r.metadata)).toEqual(P7_EXPECTED);
    expect(P7_JOINED.slice(r.bodyStart, r.bodyStart + 5)).toBe('随着现代化');
    expect(P7_JOINED.slice(r.bodyEnd, r.bodyEnd + 5)).toBe('参考文献:');
  });

  it('英文刊名可由期刊表查出刊名（刊头缺中文刊名时）', () => {
    const text = P7.replace('重庆科技学院学报(社会科学版)20XX年第10期\n\n  ', '').replace(
      '文章编号:1673—1999(2009)10~0003—02',
      '',
    );
    const r = run(text);
    expect(r.metadata.journal).toMatchObject({ value: '重庆科技学院学报(社会科学版)', via: 'english-lookup' });
  });
});

describe('八篇的标题', () => {
  it.each([
    ['篇一', P1, '社区党建工作中存在的问题及对策', '社区党建工作中存在的问题及对策\n'],
    ['篇二', P2, '城市基层党建工作存在的问题及对策', '城市基层党建作为'],
    ['篇三', P3, '关于基层社区党建工作存在的问题及对策', '“基础不牢,地动山摇”'],
    ['篇四', P4, '城市社区党建工作存在的问题和整改措施', '近年来,城市社区的党'],
    ['篇五', P5, '社区党建工作中存在的问题及有效对策', '共产党发展中积累了'],
    ['篇六', P6, '社区党建工作中存哪些问题与对策', '加强和改进城市社区'],
    ['篇七', P7, '城市社区党建工作存在的问题及对策', '随着现代化,城市化'],
    ['篇八', P8, '浅谈社区党建工作存在的几个问题及对策', '近年来,我县把社区党'],
  ])('%s 的标题', (_, text, title, bodyHead) => {
    const r = run(text);
    expect(r.metadata.title?.value).toBe(title);
    expect(at(text, r.metadata.title)).toBe(title);
    if (text !== P1) expect(text.slice(r.bodyStart, r.bodyStart + bodyHead.length)).toBe(bodyHead);
  });

  it('两行标题取正文前的最后一行（篇三、篇八），没有作者', () => {
    for (const text of [P3, P8]) {
      const r = run(text);
      expect(r.metadata.title!.span.start).toBe(text.indexOf(r.metadata.title!.value, 10));
      expect(r.metadata.authors).toBeUndefined();
      expect(Object.keys(r.metadata)).toEqual(['title']);
    }
  });

  it('没有尾部时 bodyEnd 为文本长度', () => {
    for (const text of [P3, P4, P6, P8]) expect(run(text).bodyEnd).toBe(text.length);
  });
});

describe('边界情况', () => {
  it('空文本', () => {
    expect(run('')).toEqual({ metadata: {}, bodyStart: 0, bodyEnd: 0, warnings: [] });
  });

  it('没有任何元数据的文本：bodyStart 为 0，bodyEnd 为长度，没有字段', () => {
    const text = '近年来,城市社区的党建工作成为了各级政府和社会各界关注的焦点。然而,在实际工作中仍存在一些问题。';
    expect(run(text)).toEqual({ metadata: {}, bodyStart: 0, bodyEnd: text.length, warnings: [] });
  });

  it('繁体卡片：在简体视图上匹配，值取原文字符', () => {
    const text =
      '  \n\n  社區黨建工作中存在的問題及對策\n\n  【期刊名稱】《勞動保障世界》\n\n  【作者】馬建國\n\n  【關鍵詞】社區黨建;對策\n\n  ';
    const view =
      '  \n\n  社区党建工作中存在的问题及对策\n\n  【期刊名称】《劳动保障世界》\n\n  【作者】马建国\n\n  【关键词】社区党建;对策\n\n  ';
    const r = run(text, view);
    expect(values(r.metadata)).toEqual({
      title: '社區黨建工作中存在的問題及對策',
      journal: '勞動保障世界',
      authors: ['馬建國'],
      keywords: ['社區黨建', '對策'],
    });
    expect(r.bodyStart).toBe(text.length);
  });

  it('全角冒号、全角分号与全角括号的期刊论文格式', () => {
    const text =
      '  \n\n  城市社区党建研究\n\n  张三，李四\n\n  （北京大学 马克思主义学院，北京 100871）\n\n  摘要：本文分析了城市社区党建的问题。\n\n  关键词：城市社区；党建\n\n  中图分类号：D267.7　　文献标识码：A　　文章编号：1673-1999（2009）10-0003-02\n\n  正文开始。\n\n  参考文献：\n\n  [1]张三.书[M].北京:出版社,2001.\n\n  [2]李四.文[J].刊,2002(1).\n\n  ';
    const r = run(text, text, {});
    expect(values(r.metadata)).toEqual({
      title: '城市社区党建研究',
      authors: ['张三', '李四'],
      affiliations: ['北京大学 马克思主义学院，北京 100871'],
      abstract: '本文分析了城市社区党建的问题。',
      keywords: ['城市社区', '党建'],
      clc: ['D267.7'],
      documentCode: 'A',
      articleNumber: '1673-1999（2009）10-0003-02',
      issn: '1673-1999',
      year: 2009,
      issue: '10',
      pages: { first: 3, last: 4 },
      references: ['张三.书[M].北京:出版社,2001.', '李四.文[J].刊,2002(1).'],
    });
    expect(text.slice(r.bodyStart, r.bodyEnd)).toBe('正文开始。\n\n  ');
  });

  it('方括号标签 [摘要] [关键词]', () => {
    const text = '  \n\n  社区党建\n\n  [摘要]本文研究社区党建。[关键词]社区;党建\n\n  正文从这里开始。';
    const r = run(text);
    expect(values(r.metadata)).toEqual({
      title: '社区党建',
      abstract: '本文研究社区党建。',
      keywords: ['社区', '党建'],
    });
    expect(text.slice(r.bodyStart)).toBe('正文从这里开始。');
  });

  it('关键词以斜杠分隔（人大复印资料的写法）', () => {
    const text =
      '  \n\n  社会组织党的建设\n\n  关键词:社会组织/社会组织党建/体制适应效应\n\n  内容提要:本文研究社会组织党建。\n\n  正文从这里开始。';
    const r = run(text);
    expect(values(r.metadata)).toEqual({
      title: '社会组织党的建设',
      abstract: '本文研究社会组织党建。',
      keywords: ['社会组织', '社会组织党建', '体制适应效应'],
    });
    expect(r.warnings).toEqual([]);
    expect(text.slice(r.bodyStart)).toBe('正文从这里开始。');
  });

  it('破折号开头的副标题接在标题之后', () => {
    const text =
      '  \n\n  纪念文集\n\n  新时代社会组织党的建设\n\n  ——基于四川省176个样本的调查研究\n\n  关键词:社会组织;党建\n\n  正文从这里开始。';
    const r = run(text);
    expect(values(r.metadata)).toEqual({
      title: '新时代社会组织党的建设——基于四川省176个样本的调查研究',
      keywords: ['社会组织', '党建'],
    });
  });

  it('网站菜单（• 开头的行）、计数行和“(篇一)”都不是标题，“第一篇:”不属于标题', () => {
    const menu =
      '• 休闲生活\n  • 教育教学\n  • 经济贸易\n  • 政法军事\n  • 人文社科\n  • 农林牧渔\n  • 信息科技\n  • 建筑房产\n  • 环境安全\n\n    社区体制改革滞后带来社区党建“三难”\n\n    随着改革的深化,社区管理体制不顺的问题愈加突出。';
    expect(values(run(menu).metadata)).toEqual({ title: '社区体制改革滞后带来社区党建“三难”' });
    const piece = '  \n\n  整顿软弱涣散村党组织调研报告三篇\n\n  (篇一)\n\n  **年,按照市委组织部要求,社区开展了调研。';
    expect(values(run(piece).metadata)).toEqual({ title: '整顿软弱涣散村党组织调研报告三篇' });
    const labelled = '第一篇:社区党建工作目前存在的问题及对策\n\n改革开放以来,社区党建工作取得了很大成绩。';
    expect(values(run(labelled).metadata)).toEqual({ title: '社区党建工作目前存在的问题及对策' });
    const counters = '1 1 1\n\n加强新形势下农村流动党员教育管理的几点思考\n\n近年来,外出务工的党员数量越来越多。';
    expect(values(run(counters).metadata)).toEqual({ title: '加强新形势下农村流动党员教育管理的几点思考' });
  });

  it('单位之后空一格的署名（“安徽黄山富堨镇富堨村 程望”）是作者和单位，不是标题', () => {
    const text =
      '加强新形势下农村流动党员教育管理的几点思考\n\n安徽黄山富堨镇富堨村 程望\n\n近年来,外出务工的党员数量越来越多。';
    expect(values(run(text).metadata)).toEqual({
      title: '加强新形势下农村流动党员教育管理的几点思考',
      authors: ['程望'],
      affiliations: ['安徽黄山富堨镇富堨村'],
    });
    // A title whose last word after a space is no name stays the title.
    expect(values(run('安徽省农村党建 调研\n\n近年来,外出务工的党员越来越多。').metadata)).toEqual({
      title: '安徽省农村党建 调研',
    });
  });

  it('“作者:”的值止于同一行的下一个标签（“责任编辑:”），结尾的“等”不是人名，空格隔开的单字合成一个名字', () => {
    const text =
      '莫让党员干部成为乡村振兴的“短板”\n\n作者:徐娅楠 任 路等  责任编辑:王晨辉  信息来源:中国农村研究院\n\n党的十九大报告提出实施乡村振兴战略。';
    expect(values(run(text).metadata)).toMatchObject({ authors: ['徐娅楠', '任路'] });
    expect(values(run('岳俊辉,柴 瑜\n隨著城市化速度不断加快,社区治理日益重要。').metadata)).toEqual({
      authors: ['岳俊辉', '柴瑜'],
    });
  });

  it('标题前的栏目标记“【遴选面试热点】”不是题录卡片的字段，也不属于标题；单独一行的“【正文】”仍不是标题', () => {
    const text =
      '【遴选面试热点】让基层党组织建设成为坚强战斗堡垒\n\n一、【背景材料】\n\n2020年6月29日,中央政治局举行集体学习。';
    expect(values(run(text).metadata)).toEqual({ title: '让基层党组织建设成为坚强战斗堡垒' });
    // Beside a card's known field, an unknown one is the card's too.
    expect(values(run('【作者】王明\n【学科专业】政治学\n\n社区党建工作的调查。').metadata)).toEqual({
      authors: ['王明'],
    });
    expect(values(run('【正文】\n候选人包继翔就中小学校党建工作作了发言。').metadata).title).toBeUndefined();
  });

  it('标题之后单位与姓名连写（“xx县xx街道办事处古晓杰”）是作者和单位，不是新的标题', () => {
    const text =
      '农村基层党建工作存在的突出问题与对策\n\nxx县xx街道办事处古晓杰\n\n近年来,农村基层党建工作取得了成效。';
    expect(values(run(text).metadata)).toEqual({
      title: '农村基层党建工作存在的突出问题与对策',
      authors: ['古晓杰'],
      affiliations: ['xx县xx街道办事处'],
    });
  });

  it('“篇名/作者”一行：斜杠后的人名是作者，其后的页码“(2)”不属于作者', () => {
    const text = '关于私营企业党建工作的调查与思考/李彦(2)\n二、私营企业党建工作存在的突出问题\n组织建立难。';
    expect(values(run(text).metadata)).toEqual({ title: '关于私营企业党建工作的调查与思考', authors: ['李彦'] });
    // A slash inside a title is no byline.
    expect(values(run('党建引领/社区治理的实践与思考\n近年来,社区党建取得了成效。').metadata)).toEqual({
      title: '党建引领/社区治理的实践与思考',
    });
  });

  it('“管理员”“范文”之类不是人名：作者留空', () => {
    const admin =
      '破解城市社区党组织队伍建设“年轻化”难题\n\n发布时间:2015/8/20 作者:管理员\n\n党的十八大对基层党组织提出了新要求。';
    expect(values(run(admin).metadata).authors).toBeUndefined();
    const template = '法院党小组建设工作中存在的问题和路径范文\n\n近年来,x法院坚持将党小组建在审判团队上。';
    expect(values(run(template).metadata)).toEqual({ title: '法院党小组建设工作中存在的问题和路径范文' });
  });

  it('年(卷),期 有卷号时保留卷号', () => {
    const r = run('  \n\n  【期刊名称】《兰州教育学院学报》\n\n  【年(卷),期】2019(035)007\n\n  ');
    expect(values(r.metadata)).toEqual({ journal: '兰州教育学院学报', year: 2019, volume: '35', issue: '7' });
  });

  it('英文标题、英文摘要夹在字段之间不打断前置部分', () => {
    const text =
      '  \n\n  社区党建工作的思考\n\n  王  伟\n\n  摘要:社区党建很重要。\n\n  关键词:社区 党建\n\n  Thinking on Community Party Building\n\n  Abstract: Community party building matters.\n\n  Key words: community; party building\n\n  一、问题\n\n  正文。';
    const r = run(text);
    expect(values(r.metadata)).toEqual({
      title: '社区党建工作的思考',
      authors: ['王伟'],
      abstract: '社区党建很重要。',
      keywords: ['社区', '党建'],
    });
    expect(text.slice(r.bodyStart)).toBe('一、问题\n\n  正文。');
  });

  it('字段之间单独一行的短署名（网页的“关键词:措施” ⏎ “李德鹏” ⏎ “摘要:…”）不打断前置部分', () => {
    const text =
      '关于建立社区党建“双报到”制度的思考\n\n现代交际 2016年7期\n关键词:措施\n\n李德鹏\n\n摘要:探索建立社区“双报到”制度。\n\n关键词:社区;双报到\n\n一、问题\n\n正文。';
    const r = run(text);
    expect(values(r.metadata).abstract).toBe('探索建立社区“双报到”制度。');
    expect(text.slice(r.bodyStart)).toBe('一、问题\n\n正文。');
    // A sentence between two labels is body text: the labels after it are not front matter.
    const sentence = text.replace('李德鹏', '这是正文里的一句话,后面还有正文。');
    expect(values(run(sentence).metadata).abstract).toBeUndefined();
  });

  it('作者简介止于邮编，连排在其后的正文第一段不属于它；邮编后接另一位作者的简介则接着读', () => {
    const text =
      '社区党建的整合功能\n\n摘要:社区党建很重要。\n\n作者简介:卢爱国,广西师范大学副教授(广西 桂林 541004)陈洪江,广西师范大学教授(广西 桂林 541004)积极回应社会生态环境变化,是党建科学化的本质要求。改革开放以来,社会变化很大。';
    const r = run(text);
    expect(values(r.metadata).authorBio).toBe(
      '卢爱国,广西师范大学副教授(广西 桂林 541004)陈洪江,广西师范大学教授(广西 桂林 541004)',
    );
    expect(text.slice(r.bodyStart)).toBe(
      '积极回应社会生态环境变化,是党建科学化的本质要求。改革开放以来,社会变化很大。',
    );
  });

  it('从句子中间截断的页面没有标题：开头是上一句的末字（“多、措施少,…”“念,坚持…”）或只有后引号（“…是失职”的观”）', () => {
    for (const first of [
      '多、措施少,想法多、实招少,推深做实政治建设工作还需',
      '念,坚持围绕党建工作中心、结合工作实际,亲自带头抓好',
      '党建是本职,不抓党建是失职,抓不好党建是不称职”的观',
    ]) {
      const text = `${first}\n持续用力。一些党支部党内政治教育党味不浓、形式单调。\n2.组织生活质效不够到位。一些党支部只注重形式。`;
      expect(values(run(text).metadata).title).toBeUndefined();
    }
    // A title with a list or a quotation in it is still one.
    const titled = '党、团组织建设中“三会一课”的问题与对策\n\n一、问题\n\n正文。';
    expect(values(run(titled).metadata).title).toBe('党、团组织建设中“三会一课”的问题与对策');
  });

  it('标题后连排的署名和括号里的单位（“…探讨杨 凌(成都交投…610041)”）；页面标题与论文标题连排时取后者', () => {
    const glued = run(
      '国有企业党建工作存在的问题及应对措施探讨杨 凌(成都交投善成实业有限公司,四川 成都 610041)摘 要:新时期国有企业面临诸多挑战。\n\n一、问题\n\n正文。',
    );
    expect(values(glued.metadata)).toMatchObject({
      title: '国有企业党建工作存在的问题及应对措施探讨',
      authors: ['杨凌'],
      affiliations: ['成都交投善成实业有限公司,四川 成都 610041'],
    });
    const twice = run(
      '国有企业廉政文化建设调研报告国有企业廉政文化建设研究邱建军(中国石油塔里木油田分公司党群工作处,新疆库尔勒,841000)摘要:廉政文化很重要。\n\n一、问题\n\n正文。',
    );
    expect(values(twice.metadata)).toMatchObject({ title: '国有企业廉政文化建设研究', authors: ['邱建军'] });
  });

  it('正文中间出现的“作者:”不算尾部', () => {
    const text = `  \n\n  社区党建工作的思考\n\n  正文第一段。作者:这是正文里的一句话,后面还有很长的正文。${'正文继续。'.repeat(40)}`;
    expect(run(text).bodyEnd).toBe(text.length);
  });

  it('刊头与正文连排又没有署名时不猜标题，给出警告', () => {
    const text = '重庆行政 2020年第1期城市基层党建工作存在的问题及对策近年来,街道始终把党建放在首位。';
    const r = run(text);
    expect(r.metadata.title).toBeUndefined();
    expect(values(r.metadata)).toEqual({ journal: '重庆行政', year: 2020, issue: '1' });
    expect(r.warnings.map((w) => w.code)).toEqual(['metadata.title-run-in']);
  });

  it('视图长度与原文不一致时退回原文并警告，不抛错', () => {
    const r = run('  \n\n  【作者】马建国\n\n  ', '短');
    expect(r.metadata.authors?.value).toEqual(['马建国']);
    expect(r.warnings.map((w) => w.code)).toEqual(['metadata.view-mismatch']);
  });
});

describe('content/journals.yaml', () => {
  const journals = parse(
    readFileSync(new URL('../../../content/journals.yaml', import.meta.url), 'utf8'),
  ) as MetadataOptions['journals'];

  it('收录现代企业文化与重庆科技学院学报(社会科学版)', () => {
    expect(journals).toEqual(
      expect.arrayContaining([
        { name: '现代企业文化', issn: '1674-1145', english: ['MODERN ENTERPRISE CULTURE'] },
        {
          name: '重庆科技学院学报(社会科学版)',
          issn: '1673-1999',
          english: ['Journal of Chongqing University of Science and Technology (Social Sciences Edition)'],
        },
      ]),
    );
  });

  it('可直接作为 journals 选项使用', () => {
    expect(run(P5, P5, { journals }).metadata.journal?.value).toBe('现代企业文化');
  });
});

describe('性质', () => {
  const pieces = [
    P1,
    P2,
    P5,
    P7,
    P7_JOINED,
    '【摘\n\n  要】',
    '【作者】',
    '【相关文献】',
    '【年(卷),期】2014(000)002',
    '摘要:',
    '摘要  ',
    '关键词',
    '关键词:',
    '参考文献:',
    '[1]',
    '『21',
    '[2】',
    '作  者:',
    '责任编辑:',
    '中图分类号:D267',
    '文献标识码:A',
    '文章编号:1674-1145(2019)10-051-01',
    '重庆行政 2020年第1期',
    'No.102009',
    'MODERNENTERPRISECULTURE',
    '毕 伟 强',
    '李文静山东省',
    '熊晓燕,苏欢',
    '对策',
    '。',
    '.',
    '\n\n  ',
    '  ',
    '1.',
    '2.',
  ];
  const texts = fc.oneof(
    fc.string(),
    fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 12 })
      .map((a) => a.join('')),
    fc
      .tuple(fc.constantFrom(P1, P2, P5, P7), fc.nat(), fc.nat())
      .map(([t, a, b]) => t.slice(Math.min(a, b) % t.length, Math.max(a, b) % t.length)),
  );

  it('任意文本：不抛错，0 ≤ bodyStart ≤ bodyEnd ≤ 长度，所有 span 在文本内', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const r = run(text);
        expect(0 <= r.bodyStart && r.bodyStart <= r.bodyEnd && r.bodyEnd <= text.length).toBe(true);
        for (const f of Object.values(r.metadata) as Field<unknown>[]) {
          expect(0 <= f.span.start && f.span.start <= f.span.end && f.span.end <= text.length).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
