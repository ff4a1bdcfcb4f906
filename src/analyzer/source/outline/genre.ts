import type { Rules } from '../../config/rules.ts';
import type { Diagnostic, Item, ItemRole, OutlineNode } from '../../types.ts';
import { opensWithAction } from './infer.ts';
import { ITEM_ROLES, OPENING_LABEL } from './roles.ts';

/**
 * Whether an article reads as the genre: its title or a heading (numbered, or
 * a line of its own) names an item role outside a context section, or it
 * enumerates problems or causes (two or more in a news item or a report of
 * an event), or it pairs one with what answers it, or it is a commentary whose points are remedies (把好…关, 加强…)
 * and that reports no event. In a `speech` (its title says so), a heading naming only what to do counts
 * for nothing. An exam page's model answer (`答案解析`) is none of these. A news item, speech or
 * work summary listing only directives or achievements (一是要…, 加强了…) is
 * none of these: its items are dropped, and the note says why.
 */
export function genreDecision(
  nodes: readonly OutlineNode[],
  items: readonly Item[],
  text: string,
  rules: Pick<Rules, 'newsMarkers' | 'reportMarkers' | 'examMarkers' | 'itemWording'>,
  titleNamesRole: boolean,
  speech = false,
): { genre: true } | { genre: false; warning: Diagnostic } {
  // A speech's headings naming only what to do (`下面,我就…提三点意见。`) are the speaker's directives.
  const named = rolesNamed(nodes);
  const headed = speech ? named.has('problem') || named.has('cause') : named.size > 0;
  if (items.length === 0 || titleNamesRole || headed) return { genre: true };
  // An exam page's model answer lists causes and remedies as the genre does, but it answers a question.
  const exam = rules.examMarkers.filter((w) => text.includes(w));
  if (exam.length > 0) return notGenre(`有考题用语（${exam.slice(0, 3).join('、')}），像考题的参考答案`, speech);
  if (answersStated(items)) return { genre: true };
  // Problems or causes enumerated are the genre's own matter; a text listing only what to do (or what was
  // done) is not, nor is a news report whose one point read as a deficiency is all it has of them.
  const news = rules.newsMarkers.filter((w) => text.includes(w));
  // A speech or a work report says so in its title: it reports, as a meeting's news does.
  const event = speech || reportsEvent(text, rules);
  const deficiencies = items.filter((i) => i.role !== 'countermeasure').length;
  // A news report of an event (`通讯员`, `会上` and a day's date) with no heading naming a role reports what was
  // said of the problems (`句句点准问题,比如一支部…;二支部…`), it does not set them out.
  if (!(news.length > 0 && event) && deficiencies >= (news.length > 0 || event ? 2 : 1)) return { genre: true };
  if (deficiencies === 0 && news.length === 0 && remedies(items, rules.itemWording) && !event) return { genre: true };
  const reason =
    news.length > 0
      ? `，且有新闻报道用语（${news.slice(0, 3).join('、')}）`
      : event
        ? '，且像会议报道、讲话或计划（有某月某日或 content/rules.yaml 的 reportMarkers 中的词）'
        : '';
  const listed =
    deficiencies === 0
      ? '都只是要做（或已做）的事，没有问题或原因'
      : deficiencies === 1
        ? '只有 1 项读作问题或原因，其余都是要做（或已做）的事'
        : `中有 ${deficiencies} 项读作问题或原因，但只是报道中转述的`;
  return notGenre(`列举的 ${items.length} 项${listed}${reason}，更像工作部署、成绩罗列或新闻报道`, speech);
}

/** The decision that a text is not of the genre, and why (`why`, in the note shown to the reader). */
function notGenre(why: string, speech = false): { genre: false; warning: Diagnostic } {
  const headings = speech ? '题目说明这是讲话或工作报告，小节标题没有点明问题或原因' : '没有点明问题、原因或对策的标题';
  return {
    genre: false,
    warning: {
      code: 'genre.not-genre',
      message: `这篇文章不像“问题及对策”体裁：${headings}，${why}，因此不取条目。如确属本体裁，可为其小节标题补上角色词（content/rules.yaml 的 roleCues）。`,
    },
  };
}

/**
 * Whether the text states what answers a problem or cause of its own: a point paired with a remedy in its
 * own section (`1.…有差距。` ⏎ `整改落实情况:一是…`), as a rectification report sets them out and a news
 * item relaying a meeting's findings and directives does not.
 */
function answersStated(items: readonly Item[]): boolean {
  return items.some((i) => i.role !== 'countermeasure' && i.pairedWith.length > 0);
}

/** Share of the items, at least, whose titles open as an action, in a commentary of remedies only. */
const REMEDIES_SHARE = 2 / 3;

/**
 * Whether the items read as a commentary's remedies: two or more, most of their titles opening
 * with an action (`把好`, `要`), not a subject (`责任清单明确了`).
 */
function remedies(items: readonly Item[], wording: Rules['itemWording']): boolean {
  const actions = items.filter((i) => opensWithAction(i.title, wording)).length;
  return actions >= 2 && actions >= items.length * REMEDIES_SHARE;
}

/** Whether the text reports an event or is a report, speech or plan: a day's date (`8月31日`) or one of `reportMarkers`. */
function reportsEvent(text: string, rules: Pick<Rules, 'reportMarkers'>): boolean {
  return /\d{1,2}\s*月\s*\d{1,2}\s*日/.test(text) || rules.reportMarkers.some((w) => text.includes(w));
}

/**
 * The item roles that sections' own headings name, outside any section whose heading names the context;
 * inside one (`二、巡察反馈问题整改进展情况`), only headings a role label opens (`(一)反馈问题:…`) count:
 * a situation's sub-headings name role words in passing (`狠抓基础管理,紧盯短板问题…`).
 */
export function rolesNamed(
  nodes: readonly OutlineNode[],
  into = new Set<ItemRole>(),
  inContext = false,
): Set<ItemRole> {
  for (const n of nodes) {
    const named = n.roleEvidence.source === 'heading' && ITEM_ROLES.has(n.role);
    if (named && (!inContext || OPENING_LABEL.test(n.heading))) into.add(n.role as ItemRole);
    else if (!named)
      rolesNamed(n.children, into, inContext || (n.roleEvidence.source === 'heading' && n.role === 'context'));
  }
  return into;
}
