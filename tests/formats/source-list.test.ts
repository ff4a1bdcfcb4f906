import { describe, expect, it } from 'vitest';
import { originalPath } from '../../src/lib/corpus.ts';
import { FORMAT_NAMES, removedSummary } from '../../src/lib/ui.ts';
import { extractFixture } from './helpers.ts';

describe('what the source list and 原文对照 pages say about a file', () => {
  it('names what extraction left out, counted by kind in the order first met', async () => {
    expect(removedSummary((await extractFixture('sample.pdf')).removed)).toBe(
      '页眉 16 处、页码 16 处、只有图像的页 1 处',
    );
    expect(removedSummary((await extractFixture('wechat.html')).removed)).toBe(
      '页面上的其他文字 2 处、“阅读原文” 1 处、二维码 2 处、留言 6 处',
    );
    expect(removedSummary([])).toBe('');
  });

  it('names every format the build reads', () => {
    expect(Object.keys(FORMAT_NAMES).sort()).toEqual(['doc', 'docx', 'html', 'mhtml', 'pdf', 'txt']);
  });

  it('offers the original under an ASCII name, keeping its ending', () => {
    expect(originalPath({ slug: 'csdj8', path: 'content/sources/城市社区党建8篇.PDF' })).toBe(
      '/data/sources/csdj8.pdf',
    );
  });
});
