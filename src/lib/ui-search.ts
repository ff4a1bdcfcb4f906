/**
 * Strings of the search page (/search/) and of the search index, in Simplified Chinese.
 * Kept apart from ui.ts so the two can be edited at the same time; same style (dotted keys).
 * `{q}`, `{n}`, `{shown}`, `{left}` are filled in by `fillTemplate()` (src/lib/ui.ts).
 */
export const uiSearch = {
  'search.title': '搜索',
  'search.label': '搜索词',
  'search.placeholder': '如：流动党员、三会一课',
  'search.submit': '搜索',
  'search.filters': '筛选',
  'search.any': '全部',
  'search.role': '类别',
  'search.theme': '议题',
  'search.article': '文章',
  'search.year': '年份',
  'search.role.problem': '问题',
  'search.role.cause': '原因',
  'search.role.countermeasure': '对策',
  'search.kind.article': '文章',
  'search.kind.theme': '议题',
  'search.loading': '正在搜索……',
  'search.empty': '请输入搜索词，或选择筛选条件。',
  'search.count': '找到 {n} 条结果。',
  'search.count.shown': '已显示前 {shown} 条。',
  'search.simplified': '（按简体“{q}”搜索，繁体写法的文章也包括在内。）',
  'search.more': '再显示 {n} 条（还有 {left} 条）',
  'search.loose': '没有找到与“{q}”逐字一致的内容；以下 {n} 条结果包含这些字，但不一定连在一起。',
  'search.none': '没有找到与“{q}”相关的内容。可以换个说法、检查错别字，或减少筛选条件。',
  'search.none.filtered': '在所选筛选条件下没有找到内容。可以减少筛选条件再试。',
  'search.error': '搜索索引加载失败。请刷新页面重试；如果一直失败，请联系网站管理员。',
  'search.noscript': '搜索需要启用 JavaScript。也可以从“文章”或“议题”目录逐篇浏览全部内容。',
  'search.help.title': '使用说明',
  'search.help.exact':
    '输入词语（如“三会一课”“党建经费”），列出逐字包含该词的条目（中间隔着标点或换行的不算）；没有逐字包含的，再列出包含这些字的条目。',
  'search.help.words': '多个词用空格隔开，结果须同时包含每个词。结果每次显示 {n} 条，可点“再显示”继续。',
  'search.help.filters':
    '可按类别（问题、原因、对策）、议题、文章和年份筛选；不输入搜索词只选筛选条件，可列出全部符合条件的条目。',
  'search.help.share': '地址栏中的网址会随搜索词和筛选条件更新，可以直接复制分享。',
  'search.help.offline': '搜索完全在本站内完成，不连接外网。',
} as const;

export type UiSearchKey = keyof typeof uiSearch;
