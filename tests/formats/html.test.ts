import { describe, expect, it } from 'vitest';
import { buildAsSample, extractFixture, FIXTURES } from './helpers.ts';
import { GOV_URL, WECHAT_URL } from '../fixtures/formats/pages.ts';

const extracted = extractFixture;
const kinds = (removed: { kind: string; text: string }[]) => removed.map((r) => `${r.kind} ${r.text}`);

describe('saved web pages', () => {
  it('keep the article body only, from its first line to its last', async () => {
    const { text } = await extracted('gov.html');
    expect(text.startsWith('篇一:城市社区党建存在的问题及对策\n社区党建工作中存在的问题及对策\n马建国\n')).toBe(true);
    expect(text.endsWith('提高社区干部做群众工作的能力和发展社区服务事业的能力。')).toBe(true);
    expect(text).not.toContain('分享到');
  });

  it('record a government page’s navigation, share and QR-code blocks where they were', async () => {
    const page = await extracted('gov.html');
    const end = page.text.length;
    expect(page.removed.filter((r) => r.at === 0).map((r) => r.text)).toEqual([
      '社区党建网',
      '搜索',
      '首页',
      '新闻动态',
      '工作总结',
      '政策文件',
      '党建研究',
      '当前位置：首页 > 工作总结 > 正文',
      '城市社区党建存在的问题及对策8篇',
      '时间:2023-07-15 18:00:06\u2002\u2002阅读:',
    ]);
    expect(page.removed.filter((r) => r.at === end).map((r) => r.kind)).toEqual([
      'footer',
      'share',
      'qr-code',
      'page',
      'footer',
      'footer',
      'footer',
      'footer',
      'footer',
      'footer',
    ]);
    expect(kinds(page.removed)).toContain('qr-code 扫一扫在手机打开当前页');
  });

  it('record a WeChat article’s 阅读原文, QR code and comments', async () => {
    const page = await extracted('wechat.html');
    expect(kinds(page.removed)).toEqual([
      'page 城市社区党建存在的问题及对策8篇',
      'page 原创 社区党建研究 2023年07月15日 18:00',
      'read-original 阅读原文 阅读 1.2万在看 56点赞 230分享',
      'qr-code 微信扫一扫',
      'qr-code 关注该公众号',
      'comments 精选留言',
      'comments 基层书记',
      'comments 写得很实在，社区确实存在这些问题。',
      'comments 网格员小王',
      'comments 建议多讲讲流动党员管理。',
      'comments 写留言',
    ]);
  });

  it('read the page’s metadata: a government site’s meta names, WeChat’s account and publish time', async () => {
    expect((await extracted('gov.html')).metadata).toEqual({
      via: 'html-meta',
      title: '城市社区党建存在的问题及对策8篇',
      published: '2023-07-15 18:00',
      site: '社区党建网',
      url: GOV_URL,
    });
    expect((await extracted('wechat.html')).metadata).toEqual({
      via: 'html-meta',
      title: '城市社区党建存在的问题及对策8篇',
      author: '社区党建研究',
      published: '2023-07-15 18:00',
      site: '社区党建研究',
      description: '社区党建存在的问题及对策汇编',
      url: WECHAT_URL,
    });
  });

  it('read a GBK page by its meta charset, its address from the browser’s saved-from comment', async () => {
    const gbk = await extracted('gov-gbk.htm');
    const utf8 = await extracted('gov.html');
    expect(gbk.text).toBe(utf8.text);
    expect(gbk.metadata?.url).toBe(GOV_URL);
  });

  it('read Chromium’s single-file page: its HTML part’s charset and address', async () => {
    const mhtml = await extracted('gov-gbk.mhtml');
    expect(mhtml.format).toBe('mhtml');
    expect(mhtml.text).toBe((await extracted('gov.html')).text);
    expect(mhtml.metadata?.url).toBe(GOV_URL);
    // The snapshot drops scripts: the publish time is read from the page as shown.
    expect((await extracted('wechat.mhtml')).metadata?.published).toBe('2023年07月15日 18:00');
  });

  it('fill the sidecar’s missing address from the page, marked as read from it', async () => {
    const corpus = await buildAsSample(`${FIXTURES}/wechat.mhtml`);
    expect(corpus.sources[0].metadata).toEqual({
      url: WECHAT_URL,
      urlVia: 'html-meta',
      // What the page's header lines said in the .txt, read from its tags (they went with the header).
      published: '2023年07月15日 18:00',
      site: '社区党建研究',
      compilationTitle: '城市社区党建存在的问题及对策8篇',
    });
    expect(corpus.sources[0].format).toBe('mhtml');
  });
});
