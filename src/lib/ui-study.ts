/**
 * Strings of the study packs (/themes/<id>/study/), in Simplified Chinese. Kept apart from ui.ts so the two can
 * be edited at the same time; same style (dotted keys). `{name}`, `{n}`… are filled in by `fillStudy()`.
 */
import { fillTemplate } from './ui.ts';

export const uiStudy = {
  'study.title': '专题学习材料：{name}',
  'study.description': '“{name}”议题的问题、原因与对策汇编，供学习和培训打印使用（A4）。',
  'study.header': '{name} · 专题学习材料',
  'study.summary':
    '本材料汇集知识库中归入“{name}”议题的全部条目：问题 {problem} 条、原因 {cause} 条、对策 {countermeasure} 条，摘自 {articles} 篇文章。',
  'study.summarySelected':
    '“{name}”议题的条目较多，本材料每类选取议题得分最高的 {limit} 条：问题 {problem} 条、原因 {cause} 条、对策 {countermeasure} 条，摘自 {articles} 篇文章。',
  'study.selectedTotals':
    '知识库中本议题共有问题 {problem} 条、原因 {cause} 条、对策 {countermeasure} 条，全部条目可从议题页查看。',
  'study.howto':
    '每个条目注明类别、编号和网址；编号在重新分析语料后保持不变，可用于引用。标题后方括号中的数字对应文末的参考文献。',
  'study.qr': '扫描条目旁的二维码可打开网上原文。',
  'study.print':
    '打印：在浏览器中按 Ctrl+P（苹果电脑 ⌘+P），纸张选 A4；手机上可用浏览器菜单中的“打印”或“保存为 PDF”。打印时不印网站导航，每页页眉印议题名称，页脚印页码。',
  'study.back': '返回议题页面',
  'study.definition': '议题定义',
  'study.section': '{ordinal}、{role}（{n} 条）',
  'study.none': '本议题暂无这类条目。',
  'study.source': '出处：',
  'study.url': '网址：',
  'study.qrCaption': '扫码看原文',
  'study.end': '（{id} 完）',
} as const;

export type UiStudyKey = keyof typeof uiStudy;

/** A study string with its `{placeholders}` filled in. */
export function fillStudy(key: UiStudyKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(uiStudy[key], values);
}
