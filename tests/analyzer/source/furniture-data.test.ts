import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { furnitureSchema } from '../../../src/analyzer/config/furniture.ts';
import { undo } from '../../../src/analyzer/source/ledger.ts';
import { findFurniture } from '../../../src/analyzer/source/normalize/furniture.ts';
import { normalizeRegion } from '../../../src/analyzer/source/normalize/index.ts';
import { compileFurniture, leadingUnits } from '../../../src/analyzer/source/normalize/line-rules.ts';
import { content, rules } from '../../helpers.ts';
import { ruleName } from '../../../src/lib/ui.ts';
import { simpleFindFurniture } from '../../reference/furniture-simple.ts';

const furniture = compileFurniture(content.furniture);
const ruleOf = (line: string) =>
  findFurniture(`正文。\n${line}\n正文。`, { atStart: false, atEnd: false, rules: furniture }).replacements.map(
    (r) => r.rule,
  );

describe('the furniture data file', () => {
  it('names every rule in Chinese for the audit trail (a rule added to the file needs a name in src/lib/ui.ts)', () => {
    const rules = [...content.furniture.lines, ...content.furniture.inline].map((r) => r.rule);
    expect([...new Set(rules)].filter((r) => !/\p{Script=Han}/u.test(ruleName(r)))).toEqual([]);
  });
});

describe('furniture lines from the data file', () => {
  it.each([
    ['版权声明:本文内容由互联网用户自发贡献,该文观点仅代表作者本人。', 'furniture.copyright-notice'],
    ['来源:网络整理 免责声明:本文仅限学习分享', 'furniture.copyright-notice'],
    ['发布时间:2018-06-11 来源:调研报告', 'furniture.dateline'],
    ['来源:党建材料 时间:2023-10-06 11:40:05', 'furniture.dateline'],
    ['网站:公文素材库 | 时间:2019-06-22 17:46:23 | 移动端:整顿软弱涣散党组织调研报', 'furniture.dateline'],
    ['2018年8月17日23:55:20乡镇职能定位研究报告已关闭评论', 'furniture.dateline'],
    ['评论已关闭', 'furniture.dateline'],
    ['浏览数:次', 'furniture.dateline'],
    ['浏览量:228', 'furniture.dateline'],
    ['已阅读5页,还剩1页未读 继续免费阅读', 'furniture.preview-notice'],
    ['下载本文档', 'furniture.download-panel'],
    ['99热精品在线国产_美女午夜性视频免费_国产精品国产高清国产av_av欧美777', 'furniture.spam-keywords'],
    ['当前位置:首页 > 范文大全 > 党建材料 >', 'furniture.breadcrumb'],
    ['首页 > 党建 > 调研报告', 'furniture.breadcrumb'],
    ['目前的位置:首页', 'furniture.breadcrumb'],
    ['> 理论研究 > 理论前沿', 'furniture.breadcrumb'],
    ['·设为首页·添加收藏', 'furniture.page-tools'],
    ['【 字号: 【打印】 【关闭】 视力保护色:', 'furniture.page-tools'],
    ['手机版', 'furniture.mobile-link'],
    ['缩略图', 'furniture.image-credit'],
    ['[图片]', 'furniture.image-credit'],
    ['分享到:', 'furniture.page-tools'],
    ['◎欢迎参与讨论,请在这里发表您的看法', 'furniture.page-tools'],
    ['相关阅读', 'furniture.related'],
    ['上一篇：社区党建工作总结 下一篇：党支部整改报告', 'furniture.prev-next'],
    ['(未完,全文共1679字,当前显示425字)', 'furniture.shown-notice'],
    ['仅展示623字,全文共2550字', 'furniture.shown-notice'],
    ['(请认真阅读下面的提示信息)', 'furniture.shown-notice'],
    ['预览阅读已结束,若您需要写相关文章,请扫码联系老师写作!', 'furniture.shown-notice'],
    ['说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。', 'furniture.shown-notice'],
    [
      '部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载',
      'furniture.shown-notice',
    ],
    ['【写作参考】某某网友为您精选的“党建问题3篇”文档资料,供您参考', 'furniture.site-promo'],
    ['《党建问题.docx》由会员分享,可在线阅读', 'furniture.site-promo'],
    [
      '前言:本站为你精心整理了当前基层政权存的问题原因及对策思考范文,希望能为你的创作提供参考价值',
      'furniture.site-promo',
    ],
    ['公文写作神器! 立即了解', 'furniture.site-promo'],
    ['【www.example.net--课件】', 'furniture.url-line'],
    ['• 信息索引号:', 'furniture.info-panel'],
    ['图片来源：网络', 'furniture.image-credit'],
    ['长按识别二维码关注我们', 'furniture.qr-code'],
    ['阅读原文', 'furniture.qr-code'],
    ['微信扫一扫 ×', 'furniture.qr-code'],
    ['论文部分内容阅读', 'furniture.excerpt-notice'],
    ['共产党员网 打印 纠错', 'furniture.page-tools'],
    ['分享 收藏 打印', 'furniture.page-tools'],
    ['收听本文 00:00/00:00', 'furniture.audio-player'],
    ['教育   经济   科技   财会   管理', 'furniture.nav-menu'],
    ['首 页    论文大全   论文精品    学术答疑    论文检测', 'furniture.nav-menu'],
    ['- 格式:doc', 'furniture.download-panel'],
    ['- 文档页数:5', 'furniture.download-panel'],
    ['|', 'furniture.layout-junk'],
    ['在职党员进社区实践中存在的问题和思考_第1页', 'furniture.page-image'],
    ['您当前的位置:首页  /  纪念文集', 'furniture.breadcrumb'],
    [
      '1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。',
      'furniture.download-notice',
    ],
    [
      '3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。',
      'furniture.download-notice',
    ],
    [
      '4. 下载文档时可能由于网络波动等原因无法下载或下载错误,付费完成后未能成功下载的用户请联系客服处理。',
      'furniture.download-notice',
    ],
    ['1、部分资料下载需要金币,请确保您的账户上有足够的金币', 'furniture.download-notice'],
    ['2、已购买过的文档,再次下载不重复扣费', 'furniture.download-notice'],
    ['预览加载中,请您耐心等待几秒...', 'furniture.preview-notice'],
    ['在线预览结束,喜欢就下载吧,查找使用更方便', 'furniture.preview-notice'],
    ['如果您无法下载资料,请参考说明:', 'furniture.preview-notice'],
    ['3/5', 'furniture.preview-notice'],
    ['如题所述', 'furniture.qa-placeholder'],
    ['选择地区', 'furniture.nav-menu'],
    ['安徽 北京 重庆 福建 广东 甘肃 广西 贵州 河南 湖北 河北 海南 黑龙江 湖南', 'furniture.nav-menu'],
  ])('removes %s as %s', (line, rule) => {
    expect(ruleOf(line)).toEqual([rule]);
  });

  it.each([
    '时间:2022年3月28日下午,地点:党员活动室。',
    '首页设计要简洁,突出党建主题。',
    '分享经验做法,形成长效机制。',
    '一是要为您提供便捷服务。',
    '- 亮点描述:通过推行网格化管理,提升了社区治理效率。',
    '传 达 提 纲',
    '下载党员学习资料,组织集中学习。',
    '按照1/3的比例推荐。',
    '北京 上海 广东 浙江 江苏等地的经验值得借鉴。',
    '摄影爱好者协会党支部成立以来,活动丰富。', // an image credit is short
    '会前把材料发给委员预览,避免会上显示错乱或异常。',
    '详见调研报告第3页。',
    '3、建立文档台账,及时处理群众投诉。',
    '1.开展网上预览学习,及时解决党员反映的问题。',
    '经验 分享',
    '一 是    二 是',
    '为你整理好每一份党员档案,是支部书记的本分。',
    '收听本文作者的党课录音,并写出心得。',
    '会后已关闭评论区的群众留言通道。', // not a line ending with the notice
    '有的党员在网上发表评论已关闭的帖子。经查属实。',
    'snake_case_file_name 是文件名。',
    '阅读量大的党员更要带头学习。',
    '党建_组织_宣传', // three phrases are a path, not a spam line
  ])('keeps the body line %s', (line) => {
    expect(ruleOf(line)).toEqual([]);
  });

  it('leaves a header time line to the header, not to the dateline rule', () => {
    const text = '工作总结\n标题8篇\n时间:2023-07-15 18:00:06  阅读:\n正文。';
    const rulesFound = findFurniture(text, { atStart: true, atEnd: false, rules: furniture }).replacements.map(
      (r) => r.rule,
    );
    expect(rulesFound).toEqual(['furniture.site-section', 'furniture.compilation-title', 'furniture.page-time']);
  });

  it('removes inline notices and keeps the text around them', () => {
    const text = '牢记宗旨 ……(快文网http://m.example.com省略392字,正式会员可完整阅读)…… 从以上调查';
    const found = findFurniture(text, { atStart: false, atEnd: false, rules: furniture });
    expect(found.replacements.map((r) => [text.slice(r.start, r.end), r.rule])).toEqual([
      ['……(快文网http://m.example.com省略392字,正式会员可完整阅读)……', 'furniture.omitted-notice'],
    ]);
  });

  it('removes a model-essay site’s paywall notice inside a paragraph (`此处隐藏1514个字。VIP会员可见`)', () => {
    const text = '例如,在一些涉及群众利益的民生项此处隐藏1514个字。VIP会员可见\n(四)加剧资源浪费。此处隐藏的问题不少。';
    const found = findFurniture(text, { atStart: false, atEnd: false, rules: furniture });
    expect(found.replacements.map((r) => [text.slice(r.start, r.end), r.rule])).toEqual([
      ['此处隐藏1514个字。VIP会员可见', 'furniture.omitted-notice'],
    ]);
  });

  it('removes a draft’s length note after a heading (`现实困境与能力短板(约300字)`), not a figure in a sentence', () => {
    const text = '现实困境与能力短板(约300字)\n全街道约300名党员(约占居民3%)。';
    const found = findFurniture(text, { atStart: false, atEnd: false, rules: furniture });
    expect(found.replacements.map((r) => [text.slice(r.start, r.end), r.rule])).toEqual([
      ['(约300字)', 'furniture.length-note'],
    ]);
  });
});

describe('furniture data file', () => {
  const rule = (r: object) => furnitureSchema.safeParse({ lines: [{ rule: 'furniture.x', ...r }] });

  it('reads the first characters of a pattern for the pre-check', () => {
    expect(leadingUnits('(?:上一篇|下一篇)[:：].*', false)).toBe('上下');
    expect(leadingUnits('[A-C]{1,3}', true)).toBe('ABCabcABC');
    expect(leadingUnits('.{0,20}ICP', false)).toBeUndefined();
    expect(leadingUnits('[(（]?未完', false)).toBeUndefined();
    expect(leadingUnits('\\s*首页', false)).toBeUndefined();
  });

  it('refuses rules without a fast pre-check, bad patterns and bad names', () => {
    expect(rule({ line: '.*首页.*' }).success).toBe(false);
    expect(rule({ line: '.*首页.*', contains: '首页' }).success).toBe(true);
    expect(rule({ line: '首页(' }).success).toBe(false);
    expect(furnitureSchema.safeParse({ lines: [{ rule: 'breadcrumb', line: '首页' }] }).success).toBe(false);
    const message = rule({ line: '.*首页.*' }).error?.issues[0].message ?? '';
    expect(message).toMatch(/starts/);
  });
});

// Furniture lines of many sites, body lines, spaces of all kinds, and rules' words cut short or run on.
const piece = fc.constantFrom(
  '\n',
  '\n\n',
  ' ',
  '\u3000',
  '\t',
  '\r',
  '\u00a0',
  '\ufeff',
  '正文。',
  '大力推进',
  '文档',
  '下载文档',
  '文档大小',
  '大小:',
  ' 12K',
  '页数:',
  '3页',
  '下载积分',
  '相关热词搜索:',
  '城市 对策',
  '版权所有',
  ':巨匠网',
  'Powered by',
  'powered  by x',
  'ICP',
  '京',
  '冀ICP备',
  '20016797号',
  '-1',
  '因版权原因,仅展示原文概要',
  'LT',
  'ab',
  'Q',
  'Copyright',
  '?博看网',
  'All Rights Reserved.',
  'MEC2019.1051',
  '时间:2023-07-15 18:00:06',
  '阅读:',
  '作者:',
  '某某软件公司',
  '0123456789012345678',
  '社區(qū)黨組織建設(shè)',
  '社區(qū)黨組織建設(shè)',
  '(一)',
  '时间:2023-07-15 18:00:06  阅读:',
  '发布时间:2018-06-11',
  ' 来源:调研报告',
  '当前位置:',
  '首页 > 党建 >',
  '手机版',
  '分享到:',
  '上一篇：',
  '(未完,全文共1679字,当前显示425字)',
  '……(快文网省略392字,正式会员可完整阅读)……',
  '(全文4903字)',
  '为您精选的',
  '教育   经济',
  '   科技   财会',
  '<p class="ql-block">',
  '</p>',
  '<br>',
  'ICP备12345678号',
  'Copyright',
  'All Rights Reserved.',
  '相关热词搜索:',
  '版权声明:',
  '|',
);
const text = fc.array(piece, { maxLength: 30 }).map((ps) => ps.join(''));

describe('furniture properties', () => {
  it('finds what trying every rule on every line finds (property)', () => {
    fc.assert(
      fc.property(text, fc.boolean(), fc.boolean(), (t, atStart, atEnd) => {
        expect(findFurniture(t, { atStart, atEnd, rules: furniture })).toEqual(
          simpleFindFurniture(t, { atStart, atEnd, rules: furniture }),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('undoing the edits of a cleaned region restores it (property)', () => {
    fc.assert(
      fc.property(text, fc.boolean(), fc.boolean(), fc.boolean(), (t, traditional, atStart, atEnd) => {
        const n = normalizeRegion(t, 7, {
          rules,
          furniture: content.furniture,
          corrections: [],
          traditional,
          atStart,
          atEnd,
        });
        expect(undo(n.ledger.text, n.ledger.edits)).toBe(t);
      }),
      { numRuns: 1500 },
    );
  });
});
