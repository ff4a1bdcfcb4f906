/** Every string the site shows, in Simplified Chinese (one place, so wording stays consistent). */
export const ui = {
  'site.title': '城市社区党建 · 问题与对策知识库',
  'site.shortTitle': '社区党建知识库',
  'home.heading': '城市社区党建问题与对策知识库',
  'home.what':
    '本站把研究城市社区党建的期刊文章和调研报告逐篇拆开：每篇提出了哪些问题、分析了哪些原因、给出了哪些对策，逐条摘出原文，归入议题，并标明哪条对策回应哪个问题。',
  'home.who':
    '供社区党组织书记、党务工作者、党校和培训教师、研究人员使用：查一个问题别人怎么解决，备课、写调研报告时引用原文。',
  'home.overview': '文献总览',
  'home.summary': '本库收录 {articles} 篇文章，共识别出问题 {problems} 条、原因 {causes} 条、对策 {measures} 条。',
  'home.table': '各篇文章的条目数',
  'home.data': '下载语料数据',
  'home.topThemes': '提得最多的议题',
  'home.howto': '怎么用',
  'home.articles': '收录的文章',
  'articles.heading': '文章',
  'articles.count': '共 {n} 篇文章，按来源文件排列。',
  'home.allArticles': '全部 {n} 篇文章',
  'themes.heading': '议题',
  'themes.intro': '议题来自网站维护者编写的议题编码表。每个问题、原因和对策都按其中的词语自动归入议题，并列出依据。',
  'col.journalYear': '刊名、年份',
  'col.article': '文章',
  'col.authors': '作者',
  'col.problem': '问题',
  'col.cause': '原因',
  'col.measure': '对策',
  'role.problem': '问题',
  'role.cause': '原因',
  'role.countermeasure': '对策',
  'role.context': '背景',
  'role.conclusion': '结语',
  'role.other': '其他',
  'role.abstract': '摘要',
  'role.references': '参考文献',
  'item.copy': '复制链接',
  'item.copied': '已复制',
  'item.copyPrompt': '复制这个链接：',
  'item.themes': '议题',
  'item.unclassified': '未归类',
  'item.answeredBy': '回应它的对策',
  'item.answers': '回应的问题',
  'item.answersCause': '针对的原因',
  'item.explains': '解释的问题',
  'item.explainedBy': '相关原因',
  'item.noAnswer': '本文没有对策回应这个问题（缺口）',
  'item.noProblem': '本文没有与之对应的问题或原因（缺口）',
  'item.whyTag': '依据',
  'item.override': '人工指定',
  'item.roleInferred': '推断',
  'item.roleInferredWhy':
    '没有标题点明角色，据条目措辞“{words}”推断（比次选角色多 {margin} 个词）；如有误，请告知网站维护者改正',
  'item.roleInferredFinal':
    '没有标题点明角色，据条目措辞“{words}”推断（两种角色的词一样多，以句末的“{last}”为准）；如有误，请告知网站维护者改正',
  'item.roleInferredList':
    '没有标题点明角色，据条目措辞“{words}”推断（两种角色的词一样多，同一列举的其他各项都读作这一角色）；如有误，请告知网站维护者改正',
  'link.explicit': '文中明示',
  'link.lexical': '共有词语',
  'link.thematic': '共有议题',
  'link.strong': '强',
  'link.medium': '中',
  'link.weak': '弱',
  'guide.linksTitle': '关联是怎么判断的',
  'guide.linksIntro':
    '条目之间的“关联”说的是：哪条对策回应哪个问题，哪个原因解释哪个问题，哪条对策针对哪个原因。关联只在同一篇文章之内判断，依据写在每条关联后面的方括号里，例如“〔共有词语 · 中 0.45〕”：先是关联的类型，再是强弱，最后是得分。',
  'guide.kinds': '三种类型',
  'guide.explicit':
    '原文自己写明了对应关系：例如“问题一”下面紧跟着它的“整改措施”，或者两条的标题引用了同一句只属于它们的话。这样的关联得分恒为 1.00，是最可靠的一种。',
  'guide.lexical':
    '原文没有写明，但两条用了相同的实词（如“流动党员”“组织关系”），而这些词在本文其他条目中不常见。依据中列出共有的词语。',
  'guide.thematic': '两条所用的词语不同，但按议题编码表归入了相同的议题。依据中以“议题：……”列出共有的议题。',
  'guide.score': '得分与强弱',
  'guide.scoreIntro':
    '没有写明的关联，得分在 0 到 1 之间：大部分来自两条共有词语的多少和独特程度，其余来自共有议题所占的比例。得分太低的不算关联；一个问题在本文中找不到任何回应它的对策，就列为“缺口”。按得分分为三档：',
  'guide.range': '{strength}：得分 {from}–{to}',
  'guide.caution':
    '“共有词语”和“共有议题”是自动判断，只说明两条说的是同一件事的可能性；引用前请对照原文。文中明示的关联最可靠，强的次之，弱的仅供参考。',
  'article.authors': '作者',
  'article.affiliations': '单位',
  'article.journal': '刊名',
  'article.yearIssue': '年/期',
  'article.pages': '页码',
  'article.clc': '中图分类号',
  'article.keywords': '关键词',
  'article.abstract': '摘要',
  'article.fund': '基金项目',
  'article.source': '来源',
  'article.abstractOnly': '本文在来源中只有摘要（来源网站仅展示原文概要），因此没有可识别的问题、原因和对策条目。',
  'article.abstractOnlyItems': '本文在来源中只有摘要（来源网站仅展示原文概要）；下面的条目取自摘要中的列举。',
  'article.abstractItems': '摘要中列出的条目',
  'article.compare': '原文对照：查看来源原文与全部自动修改',
  'article.counts': '问题 {problem} 条 · 原因 {cause} 条 · 对策 {countermeasure} 条',
  'article.references': '参考文献',
  'article.toc': '本文目录',
  'article.searchHere': '在本文中搜索',
  'article.shared': '与其他文章相同的段落',
  'article.sharedMore': '共 {total} 段，这里列出最长的 {shown} 段；全部见“相似段落”页和数据下载。',
  'passages.capped':
    '共有 {pairs} 对文章存在相同段落（{passages} 段）；这里按相同文字的总长度列出前 {shown} 对，每对最多列出 {each} 段，每段最多引 {quote} 字。完整列表在“数据下载”页的语料数据中。',
  'matrix.cellCapped': '共 {total} 条，这里列出得分最高的 {shown} 条；全部关联见数据下载中的 links.csv。',
  'article.keywordsAuto': '本文关键词（自动提取）',
  'matrix.heading': '问题—对策矩阵',
  'matrix.intro':
    '行是问题所属的议题，列是对策所属的议题；单元格中的数字是各篇文章里“问题→对策”关联的条数，颜色越深越多。点数字可查看具体条目和关联依据。',
  'matrix.caption': '问题议题 × 对策议题（关联条数）',
  'matrix.corner': '问题议题 \\ 对策议题',
  'matrix.legend': '一个条目可属于多个议题，因此同一条关联可能出现在多个单元格中，合计是各单元格之和。',
  'matrix.legendTitle': '颜色表示关联条数：',
  'matrix.legendRange': '{from}–{to} 条',
  'matrix.legendNone': '没有',
  'matrix.total': '合计',
  'matrix.byYear': '按发表年份：',
  'matrix.allYears': '全部年份',
  'matrix.yearHeading': '问题—对策矩阵：{year} 年发表的文章',
  'matrix.yearIntro':
    '只计 {year} 年发表的 {n} 篇文章中的关联；点数字看到的是全部年份的明细。没有年份的文章只在“全部年份”中。',
  'matrix.byArticle': '按文章：各篇文章的问题 × 对策',
  'matrix.sortTotal': '按合计从多到少排列',
  'matrix.sortCodebook': '按议题编码表的顺序排列',
  'matrix.sortedHeading': '问题—对策矩阵（按合计排列）',
  'matrix.csv': '下载这张表（CSV，Excel、WPS 可直接打开）',
  'charts.heading': '图示',
  'charts.flowTitle': '问题议题 → 对策议题',
  'charts.flowIntro': '左边是问题所属的议题，右边是回应它们的对策所属的议题；带子越粗，关联越多（只画最多的 {n} 条）。',
  'charts.yearTitle': '各年份文章涉及的议题',
  'charts.yearIntro': '每一格的数字是该年份发表的文章中归入这个议题的条目数，圆越大越多；没有年份的文章不计入。',
  'charts.noYears': '文章都没有年份，画不出按年份的图。',
  'matrix.rowTitle': '矩阵明细：{name}方面的问题',
  'matrix.back': '返回问题—对策矩阵',
  'matrix.rowEmpty': '这一行没有关联。',
  'matrix.gapsCount':
    '全库共有 {unanswered} 个问题没有对策回应，{unmatched} 条对策不对应文中所述的问题；逐篇列在下面“各篇文章的问题 × 对策”中。',
  'matrix.articlesLink': '查看各篇文章的问题 × 对策与缺口（共 {n} 篇）',
  'matrix.articlesIntro': '每篇文章一张表：行是问题，列是对策，数字是关联得分；表下列出该篇的缺口。',
  'matrix.noArticleMatrix': '这篇文章没有可以列成矩阵的问题与对策。',
  'theme.shownOfRole': '这里列出议题得分最高的 {shown} 条。',
  'theme.allOfRole': '查看全部 {total} 条{role}',
  'theme.roleTitle': '{name}：全部{role}',
  'theme.back': '返回议题页面',
  'theme.studyLink': '打印本议题的专题学习材料（A4）',
  'theme.frequency': '涉及 {articles} 篇文章：问题 {problem} 条 · 原因 {cause} 条 · 对策 {countermeasure} 条',
  'theme.none': '暂无。',
  'theme.keywords': '关键词（自动提取）',
  'pager.label': '分页',
  'nav.top': '回到顶部',
  'nav.articles': '上一篇、下一篇',
  'notFound.heading': '没有找到这个页面',
  'notFound.text':
    '这个网址没有对应的页面：可能是输入有误，或者文章重新分析后地址变了。条目编号不会变，可以搜索条目编号或标题中的词语。',
  'notFound.search': '搜索本站',
  'notFound.start': '或者从这里开始：',
  'pager.prev': '上一页',
  'pager.next': '下一页',
  'pager.position': '第 {n} 页，共 {total} 页',
  'matrix.gaps': '缺口',
  'gaps.heading': '缺口：原文没有对策回应的问题',
  'gaps.intro':
    '下面逐篇列出文章提出了、但同一篇文章中没有任何对策回应的问题。它们往往是最值得追问的地方：可以到其他文章或同一议题下找对策。',
  'gaps.count': '全库共 {n} 个，分布在 {articles} 篇文章中。',
  'gaps.none': '每个问题在原文中都有对策回应。',
  'gaps.link': '逐条查看这 {n} 个问题',
  'gaps.unmatched': '另有 {n} 条对策不对应文中所述的任何问题或原因，逐篇列在“各篇文章的问题 × 对策”中。',
  'gaps.shown': '下面是前 {shown} 个：',
  'matrix.gapsIntro': '原文中没有对策回应的问题，以及不对应任何所述问题或原因的对策。',
  'matrix.articles': '各篇文章的问题 × 对策',
  'matrix.problemCol': '问题',
  'source.heading': '原文对照',
  'source.back': '返回文章',
  'source.intro':
    '下面是这篇文章在来源中的原文；分析时自动做了 {count} 处修改，删去的文字标为删除线，补上或替换的文字标为下划线，编号链到最后的修改清单。',
  'source.filter': '显示哪些修改',
  'source.kind.all': '全部',
  'source.kind.fix': '校正错字',
  'source.kind.remove': '删除网页杂项',
  'source.kind.join': '接回断行',
  'source.kindCount': '{name}（{n} 处）',
  'source.joinNote':
    '接回断行只是把排版时折断的行接起来，不改字句；默认不在清单中列出，可在上面选择“全部”或“接回断行”查看。',
  'source.toText': '回到原文中的位置',
  'source.whitespace': '清单中 ↵ 表示换行，␣ 表示空格，（无）表示没有文字。',
  'source.list': '全部自动修改',
  'source.extracted':
    '来源文件是{format}；这里显示的是从中提取出的文字。提取时去掉了：{removed}（见“数据下载”页的来源文件列表）。',
  'source.extractedNothing': '来源文件是{format}；这里显示的是从中提取出的文字。',
  'source.download': '下载原始文件',
  'data.sources': '来源文件',
  'data.sourcesIntro':
    '每个来源文件的格式、提取文字时去掉的内容（页眉页脚、网站导航、脚注等，逐条记录在语料模型中），以及原始文件下载。',
  'data.sourceFormat': '格式',
  'data.sourceRemoved': '提取时去掉',
  'data.sourceNone': '无',
  'source.rule': '规则',
  'source.offset': '原文位置（字符）',
  'source.before': '修改前',
  'source.after': '修改后',
  'passages.heading': '相似段落',
  'passages.intro':
    '文档分享网站上的文章常相互抄录。下面列出文章与收录在它之前的文章相同（忽略标点和空白差异）的段落。一篇文章的每段相同文字只列一次，对应在它之前、与它相同部分最长的那篇文章（先后按来源文件的顺序），所以许多文章都转抄的一段话在每篇转抄的文章下各列一次，而不是两两列出。',
  'passages.none': '没有发现文章之间相同的段落。',
  'data.heading': '数据下载',
  'data.intro': '网站的全部分析结果都可以下载，便于在 Excel、WPS 或其他程序中使用。',
  'data.corpus': '语料数据：每篇文章的题录、清理后的全文、提纲、问题/原因/对策条目、议题、关联与全部修改记录。',
  'data.matrixJson': '矩阵数据：议题矩阵、各篇文章的问题×对策矩阵、议题频次、关联与缺口。',
  'data.matrixCsv': '议题矩阵表格（UTF-8 带 BOM，Excel 和 WPS 可直接打开）。',
  'data.linksCsv': '全部关联：起点、终点、类型、得分和依据（UTF-8 带 BOM）。',
  'data.itemsCsv': '全部问题、原因、对策，每条一行：编号、文章、角色、标题、议题、关联条目和正文（UTF-8 带 BOM）。',
  'data.references': '参考文献导出',
  'data.referencesIntro':
    '全部文章的题录，可导入 NoteExpress、EndNote、Zotero 等文献管理软件（UTF-8）。网页上的引文按 GB/T 7714—{edition} 著录；每门课程的参考文献也可单独导出。',
  'data.howto': '怎么用',
  'data.howtoExcel': 'CSV 文件用 Excel 或 WPS 直接双击打开即可，中文不会乱码。',
  'data.howtoJson': 'JSON 文件可用任何编程语言读取；各字段的含义可向网站维护者索取说明。',
  'data.wechat': '在微信里打开本页时，点文件可能没有反应：请点右上角“…”，选“在浏览器中打开”，再下载。',
  'data.howtoIds': '条目编号（如 csdj8-7-problem-3）在重新分析后保持不变，可用于引用。',
  'data.xlsx': 'Excel 工作簿：条目、议题矩阵（含合计）、关联及依据、议题定义，各占一张表（Excel 和 WPS 可直接打开）。',
  'data.qdpx': 'REFI-QDA 项目：全部文章、条目的角色与议题编码、依据和关联，可导入 QualCoder、NVivo、MAXQDA、ATLAS.ti。',
  'data.qdc': 'REFI-QDA 编码表：三种角色和全部议题（含定义）。',
  'agreement.heading': '编码一致性',
  'agreement.intro':
    '自动编码与人工确定的编码（自动编码加上编辑人员所做的人工修正）相比有多一致：每个议题按条目“有/无”计算，角色按问题、原因、对策三类计算。κ（Cohen’s kappa）扣除了偶然一致，1 为完全一致，0 为与随机相当。',
  'agreement.caveat':
    '没有人工修正的条目按“人工认可”计入，所以一致性只反映已经看过并修正的情况。条目少于 {items} 个，或带某议题的条目少于 {themeItems} 个时，数字标为“不可靠”。',
  'agreement.summary': '共 {items} 个条目，其中人工修正 {corrected} 个。',
  'agreement.none': '目前还没有人工修正，各项一致只说明没有人改过，不说明自动编码正确。',
  'agreement.code': '编码',
  'agreement.kappa': 'κ',
  'agreement.observed': '一致率',
  'agreement.counts': '一致 / 条目',
  'agreement.automatic': '自动',
  'agreement.decided': '确定',
  'agreement.changed': '改动',
  'agreement.reliability': '可靠性',
  'agreement.reliable': '可靠',
  'agreement.unreliable': '样本过少，不可靠',
  'agreement.roles': '角色（问题 / 原因 / 对策）',
  'agreement.link': '编码一致性：自动编码与人工修正相比有多一致',
  'digest.heading': '议题摘要：{name}',
  'curricula.heading': '培训课程',
  'curricula.intro': '培训教师编写的课程提纲。课程按编号引用知识库中的条目，重新分析语料后引用依然有效。',
  'references.heading': '参考文献',
  'references.edition': '按 GB/T 7714—{edition} 顺序编码制著录。',
  'references.download': '导入文献管理软件：',
  'article.reference': '引用本文',
  'article.copyReference': '复制引文',
  'search.label': '搜索全文',
  'search.placeholder': '如：流动党员',
  'search.submit': '搜索',
} as const;

export type UiKey = keyof typeof ui;

/** `template` with its `{placeholders}` filled from `values` (unknown ones are left as they are). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** A site string with its `{placeholders}` filled in. */
export function fill(key: UiKey, values: Record<string, string | number>): string {
  return fillTemplate(ui[key], values);
}

/** Names of the cleaning rules, for the 原文对照 page. */
const RULE_NAMES: Record<string, string> = {
  'furniture.site-section': '删除网页栏目名',
  'furniture.compilation-title': '删除合集标题',
  'furniture.page-time': '删除页面时间行',
  'furniture.hot-words': '删除“相关热词搜索”',
  'furniture.copyright': '删除版权行',
  'furniture.powered-by': '删除网站页脚',
  'furniture.icp': '删除备案号',
  'furniture.excerpt-notice': '删除“仅展示原文概要”等摘录提示',
  'furniture.download-panel': '删除下载面板',
  'furniture.layout-junk': '删除排版残片',
  'furniture.spam-keywords': '删除网页被插入的推广词串',
  'furniture.watermark': '删除出版商水印',
  'furniture.site-attribution': '删除上传者署名',
  'furniture.page-number': '删除夹在句中的页码',
  'furniture.page-footer': '删除页脚页码',
  'furniture.page-prefix': '删除文库预览的分页序号',
  'furniture.page-image': '删除文档预览的页面图片名',
  'furniture.download-notice': '删除文档站的下载须知',
  'furniture.preview-notice': '删除文档预览的提示和页码',
  'furniture.qa-placeholder': '删除问答站的“如题所述”',
  'furniture.copyright-notice': '删除版权声明',
  'furniture.dateline': '删除文章信息行',
  'furniture.breadcrumb': '删除面包屑导航',
  'furniture.mobile-link': '删除手机版入口',
  'furniture.page-tools': '删除分享、打印等页面工具',
  'furniture.related': '删除“相关阅读”',
  'furniture.prev-next': '删除上一篇、下一篇',
  'furniture.shown-notice': '删除“仅显示部分”提示',
  'furniture.omitted-notice': '删除“省略若干字”提示',
  'furniture.length-note': '删除字数说明',
  'furniture.site-promo': '删除网站推荐语',
  'furniture.url-line': '删除网址行',
  'furniture.info-panel': '删除信息公开栏',
  'furniture.image-credit': '删除图片说明',
  'furniture.qr-code': '删除扫码提示',
  'furniture.audio-player': '删除朗读播放器',
  'furniture.nav-menu': '删除导航菜单',
  'furniture.html-tag': '删除网页标签',
  'furniture.html-entity': '把网页字符实体（如 &nbsp;）还原为字符',
  'furniture.repeated-title': '删除重复的标题',
  'artifact.pinyin': '删除转换器加的拼音',
  'artifact.compatibility-ideograph': '康熙部首等兼容字符换为标准汉字',
  'layout.join-wrapped-line': '接回断行',
  'layout.split-flattened-paragraph': '把挤在一行的段落分开',
  correction: 'OCR 校正（人工核对的错字表）',
};

/** Source file formats, as readers know them. */
export const FORMAT_NAMES: Record<string, string> = {
  txt: '纯文本（.txt）',
  docx: 'Word 文档（.docx）',
  doc: 'Word 97–2003 文档（.doc）',
  pdf: 'PDF 文件',
  html: '网页（.html）',
  mhtml: '单文件网页（.mhtml）',
};

/** What extraction leaves out of a file, by kind. */
const REMOVED_NAMES: Record<string, string> = {
  'running-header': '页眉',
  'running-footer': '页脚',
  'page-number': '页码',
  'page-header': '页眉',
  'page-footer': '页脚',
  'image-page': '只有图像的页',
  image: '图片',
  footnote: '脚注',
  endnote: '尾注',
  navigation: '网站导航',
  share: '分享按钮',
  'qr-code': '二维码',
  'read-original': '“阅读原文”',
  comments: '留言',
  footer: '页脚与侧栏',
  page: '页面上的其他文字',
};

/** `页眉 16 处、页码 16 处` for what extraction left out, in the order first met; '' for nothing. */
export function removedSummary(removed: readonly { kind: string }[]): string {
  const counts = new Map<string, number>();
  for (const r of removed) {
    const name = REMOVED_NAMES[r.kind] ?? r.kind;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, n]) => `${name} ${n} 处`).join('、');
}

/** What extraction left out at one place, as the 原文对照 page marks it: `〔第 3 页 页码：3；第 4 页 页眉：…〕`. */
export function removedLabel(removed: readonly { kind: string; text: string; page?: number }[]): string {
  let page: number | undefined;
  const what = removed.map((r) => {
    const text = r.text.length > 24 ? `${r.text.slice(0, 24)}…` : r.text;
    const where = r.page !== undefined && r.page !== page ? `第 ${r.page} 页 ` : '';
    page = r.page;
    return `${where}${REMOVED_NAMES[r.kind] ?? r.kind}${text ? `：${text}` : ''}`;
  });
  return `〔${what.join('；')}〕`;
}

/** A rule's name as readers see it (artifact rules name their glyph). */
export function ruleName(rule: string): string {
  if (rule in RULE_NAMES) return RULE_NAMES[rule];
  if (rule.startsWith('artifact.')) return `修复抽取错字“${rule.slice('artifact.'.length)}”`;
  return RULE_NAMES[rule] ?? rule;
}
