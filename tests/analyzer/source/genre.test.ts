import { describe, expect, it } from 'vitest';
import { analyzeText, itemsOf } from '../../analyze-helpers.ts';

const NEWS = [
  '我县召开基层党建工作推进会',
  '本报讯（记者 张三）日前，我县召开基层党建工作推进会。会上，各单位汇报了工作进展，也存在标准不够高等问题。',
  '会议提出以下要求：一是要加强理论学习；二是要完善工作机制；三是要强化督促检查。',
  '',
].join('\n');

/** The note an article that is not of the genre gets; it must have no items. */
function notGenreNote(text: string): string | undefined {
  const result = analyzeText(text);
  if (!result.ok) throw new Error('not analyzed');
  const article = result.source.articles[0];
  expect(article.items).toEqual([]);
  return article.warnings.find((w) => w.code === 'genre.not-genre')?.message;
}

describe('whether an article reads as the genre', () => {
  it('drops the directives of a news item that mentions problems only in passing, and says why', () => {
    const result = analyzeText(NEWS);
    if (!result.ok) throw new Error('not analyzed');
    const article = result.source.articles[0];
    expect(article.items).toEqual([]);
    const note = article.warnings.find((w) => w.code === 'genre.not-genre');
    expect(note?.message).toContain('新闻报道用语（会上、记者）');
    expect(article.warnings.some((w) => w.code === 'items.none')).toBe(false);
  });

  it('drops a news item whose list has one point read as a deficiency among its directives', () => {
    const text = NEWS.replace('三是要强化督促检查。', '三是要强化督促检查；四是汇报存在的问题和不足。');
    expect(notGenreNote(text)).toContain('只有 1 项读作问题或原因');
    // Without news or meeting wording, one problem is enough (a text cut short after its first problem).
    const essay = text
      .replace('我县召开基层党建工作推进会', '基层党建工作的思考')
      .replace('本报讯（记者 张三）日前，我县召开基层党建工作推进会。会上，', '')
      .replace('会议提出', '提出');
    expect(itemsOf(essay)).toHaveLength(4);
  });

  it('drops a meeting report even where it enumerates the problems found there (j-19, n-10)', () => {
    const text = NEWS.replace('会议提出', '会上查摆出以下问题：一是学习不够深入；二是机制不健全。\n会议提出');
    const note = notGenreNote(text);
    expect(note).toContain('有 2 项读作问题或原因，但只是报道中转述的');
    expect(note).toContain('新闻报道用语');
  });

  it('drops an inspection report listing what the inspectors found (`巡察发现…主要表现在:一是…`)', () => {
    const text = [
      '按照市委统一部署,2019年6月3日至7月3日,市委巡察组对全市120个行政村开展了常规巡察。',
      '巡察发现,被巡察村党支部不同程度存在政治站位不高、组织建设薄弱等问题。主要表现在:一是政治敏锐性不强,核心作用发挥不充分;二是组织建设薄弱,党员管理缺位;三是纪律意识淡薄,警示教育流于形式。',
      '',
    ].join('\n');
    expect(notGenreNote(text)).toContain('新闻报道用语（巡察发现）');
  });

  it('drops a feedback meeting’s report, chaired and answered, with the problems and suggestions it relayed', () => {
    const text = [
      '7月19日,市委巡察组向市政府办公室党组反馈了巡察情况。党组书记主持反馈会议并作表态讲话。',
      '组长指出了发现的主要问题:一是主体责任落实不够到位;二是党组织战斗堡垒作用发挥不够。',
      '组长提出了整改意见建议:一是提高政治站位;二是压实整改责任。',
      '党组书记表示,一要统一思想,提高站位;二要聚焦问题,狠抓整改。',
      '',
    ].join('\n');
    expect(notGenreNote(text)).toContain('新闻报道用语（主持、表示）');
  });

  const COMMENTARY = [
    '党员教育管理是党的建设的重要组成部分，各级党组织要把好党员教育的几道关口。',
    '把好党员发展“入口关”，让党员队伍结构“优起来”。在党员发展上，我们必须严格把关。',
    '把好理论学习“教育关”，让党员的政治站位“高起来”。要组织党员深入学习。',
    '把好队伍作风“管理关”，让党员的综合素质“好起来”。要严格日常管理。',
    '',
  ].join('\n');

  it('keeps a commentary whose points are all remedies, with no role heading and no event reported', () => {
    expect(itemsOf(COMMENTARY)).toEqual([
      'countermeasure: 把好党员发展“入口关”，让党员队伍结构“优起来”',
      'countermeasure: 把好理论学习“教育关”，让党员的政治站位“高起来”',
      'countermeasure: 把好队伍作风“管理关”，让党员的综合素质“好起来”',
    ]);
  });

  it('keeps such a commentary in traditional script too: its titles are read in the simplified view (t-09)', () => {
    const traditional = [
      '國企海外黨建:探索之路與展望',
      '國企海外黨建已成為國企改革的重要方向之一。',
      '三、海外黨建的未來',
      '未來,需要在以下幾個方面加強和創新。',
      '1. 加強組織建設',
      '海外黨建需要加強組織建設,建立和完善海外黨組織。',
      '2. 創新黨員管理',
      '需要創新黨員管理的形式,激發黨員的歸屬感。',
      '',
    ].join('\n');
    expect(itemsOf(traditional)).toEqual(['countermeasure: 加強組織建設', 'countermeasure: 創新黨員管理']);
  });

  it('drops the same remedies where the text reports a meeting or a day, or gives only one', () => {
    expect(
      itemsOf(COMMENTARY.replace('党员教育管理是', '6月3日，县委组织部专题研究党员教育管理。党员教育管理是')),
    ).toEqual([]);
    expect(itemsOf(COMMENTARY.replace('党员教育管理是', '县委召开党员教育管理工作会议。党员教育管理是'))).toEqual([]);
    expect(itemsOf(COMMENTARY.split('\n').slice(0, 2).join('\n'))).toEqual([]);
    // An interview question's model answer (`参考答案:`) gives remedies as a commentary does, and is no article.
    expect(itemsOf(COMMENTARY.replace('党员教育管理是', '参考答案:党员教育管理是'))).toEqual([]);
  });

  it('drops points that open with their subject, not an action (an essay describing a policy)', () => {
    const text = [
      '各地推行“三个清单”制度，这是推动基层党建工作的有力抓手。',
      '首先，责任清单明确了各级党组织和党员的具体职责。通过制定清单，可以确保任务明确。',
      '其次，任务清单列明了全年的重点工作。形成详实的任务清单。',
      '最后，整改清单则是针对检查制定的改进措施。每一项措施都应具有针对性。',
    ].join('\n');
    expect(itemsOf(text)).toEqual([]);
  });

  it('reads a heading whose action takes a role word as its object as a point, so a speech of directives has none', () => {
    const speech = [
      '同志们:',
      '区委巡察组对街道党工委开展了常规巡察。下面，我再讲两点意见。',
      '一、紧扣“职能责任”，切实做好巡察整改“后半篇文章”',
      '书记专题会指出，巡察发现的问题都要全面整改落实。',
      '书记专题会强调，要科学统筹，压实整改责任。',
      '书记专题会要求，全区各级各部门要持续深化政治巡察。',
      '',
    ].join('\n');
    expect(itemsOf(speech)).toEqual([]);
    const named = speech.replace('一、紧扣“职能责任”，切实做好巡察整改“后半篇文章”', '一、切实做好巡察整改的措施');
    expect(itemsOf(named).length).toBeGreaterThan(0);
  });

  it('reads a speech heading whose first action takes a cause word as its object (`认清症结所在`) as a point', () => {
    const speech = [
      '同志们:',
      '今天召开全县软弱涣散村党组织整顿工作会议。下面,我讲三个方面的意见。',
      '一、认清症结所在,筑牢整顿思想根基',
      '一些村党组织班子不团结,凝聚力不强。',
      '二、聚焦重点任务,压实整顿工作责任',
      '各乡镇党委要切实担起主体责任。',
      '',
    ].join('\n');
    expect(itemsOf(speech)).toEqual([]);
  });

  it('drops the agenda of a meeting report whose one point reads as a cause, as it drops a news item’s', () => {
    const report = [
      '第四党支部于3月7日下午召开了组织生活会。会议分为三个流程:',
      '首先,由支部书记代表支部委员会作对照检查发言,查找问题,剖析原因,明确整改措施。',
      '其次,全体党员逐一进行个人对照检查发言,进一步提升党支部凝聚力。',
      '最后,对全体党员进行了民主测评。',
      '',
    ].join('\n');
    expect(itemsOf(report)).toEqual([]);
  });

  it('drops an exam page’s model answer, though it sets out causes, and says why (r-20)', () => {
    const page = [
      '让基层党组织成为坚强战斗堡垒',
      '二、【模拟试题】',
      '一些基层组织软弱涣散,你怎么看?',
      '三、【答案解析】',
      '论述成因。1.基层党员的素质不高。基层党员理论学习少。2.基层党组织能力不强。组织生活流于形式。',
      '',
    ].join('\n');
    expect(notGenreNote(page)).toContain('有考题用语（答案解析、模拟试题）');
    // Without the exam's words, two points read as problems are the genre's.
    expect(itemsOf(page.replace('【模拟试题】', '【背景】').replace('【答案解析】', '【分析】'))).toHaveLength(2);
  });

  it('reads a speech’s title (`在…整改工作会议上的讲话`) as its meeting’s topic, not a role it names (j-20)', () => {
    const speech = [
      '在2025年巡视整改工作专题会议上的讲话',
      '同志们:',
      '今天召开巡视整改工作专题会议。下面,我讲三点意见。',
      '一、提高政治站位,深刻认识巡视整改的极端重要性',
      '巡视是党之利器、国之利器。',
      '',
    ].join('\n');
    expect(itemsOf(speech)).toEqual([]);
    // The same text under the title of a report names its matter: its point is a measure.
    expect(itemsOf(speech.replace('在2025年巡视整改工作专题会议上的讲话', '关于巡视反馈问题的整改措施'))).toHaveLength(
      1,
    );
  });

  it('reads a speech’s line naming its directives (`下面,我就…提三点意见。`) as naming no part of the genre (w-15)', () => {
    const speech = [
      '在全县基层党建现场推进会上的讲话',
      '同志们:',
      '看到成绩的同时,也要看清差距,切实加以改进。',
      '下面,我就基层党建工作提三点意见。',
      '一、提高政治站位,充分认识抓基层党建工作的重要性',
      '基层党组织是党的领导和执政的重要根基。',
      '',
    ].join('\n');
    expect(notGenreNote(speech)).toContain('题目说明这是讲话或工作报告，小节标题没有点明问题或原因');
    // A speech that names its problems sets out the genre's matter.
    const problems = speech.replace(
      '下面,我就基层党建工作提三点意见。',
      '当前基层党建存在的问题\n一、组织覆盖不够全面\n部分新兴领域没有党组织。\n下面,我就基层党建工作提三点意见。',
    );
    expect(itemsOf(problems)).toContain('problem: 组织覆盖不够全面');
  });

  it('drops a work report’s deeds, though its headings open with actions, and says why (x-15)', () => {
    const report = [
      '街道社区文明创建工作报告',
      '一、高度重视,科学铺排',
      '我们把文明创建工作作为社区的中心工作来抓,成立了领导小组。',
      '二、加大宣传,营造氛围',
      '社区充分利用广播、宣传栏、横幅开展宣传。',
      '三、加大投入,夯实基础',
      '社区投入资金改造了活动场所。',
      '',
    ].join('\n');
    expect(notGenreNote(report)).toContain('题目说明这是讲话或工作报告');
    // The same points under a commentary's title are its remedies.
    expect(itemsOf(report.replace('街道社区文明创建工作报告', '如何做好社区文明创建'))).toHaveLength(2);
  });
});
