/** Every string the site shows, in Simplified Chinese (one place, so wording stays consistent). */
export const ui = {
  'site.title': '城市社区党建 · 问题与对策知识库',
  'home.heading': '文献总览',
  'home.summary': '本库收录 {articles} 篇文章，共识别出问题 {problems} 条、原因 {causes} 条、对策 {measures} 条。',
  'home.table': '各篇文章的条目数',
  'home.data': '下载语料数据（corpus.json）',
  'col.article': '文章',
  'col.authors': '作者',
  'col.problem': '问题',
  'col.cause': '原因',
  'col.measure': '对策',
} as const;
