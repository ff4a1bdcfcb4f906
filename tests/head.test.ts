/** Meta tags that only repeat the page's head are dropped; everything else stays, in order. */
import { describe, expect, it } from 'vitest';
import { runningHeader, withoutRepeatedMeta } from '../src/lib/head.ts';

const meta = (attrs: Record<string, string>) => ({ tag: 'meta' as const, attrs, content: '' });

describe('withoutRepeatedMeta', () => {
  it('drops generators, og:locale, og:site_name and twitter:card; keeps og:description (WeChat share cards)', () => {
    const head = [
      meta({ charset: 'utf-8' }),
      meta({ name: 'generator', content: 'Astro v7' }),
      meta({ name: 'generator', content: 'Starlight v0.42' }),
      { tag: 'link' as const, attrs: { rel: 'shortcut icon', href: '/favicon.svg' }, content: '' },
      meta({ property: 'og:title', content: '题目' }),
      meta({ property: 'og:type', content: 'article' }),
      meta({ property: 'og:locale', content: 'zh-CN' }),
      meta({ property: 'og:description', content: '摘要' }),
      meta({ property: 'og:site_name', content: '知识库' }),
      meta({ name: 'twitter:card', content: 'summary_large_image' }),
      meta({ name: 'description', content: '摘要' }),
    ];
    expect(withoutRepeatedMeta(head)).toEqual([head[0], head[3], head[4], head[5], head[7], head[10]]);
  });

  it('keeps a link whose attributes happen to share a name', () => {
    const link = { tag: 'link' as const, attrs: { rel: 'alternate', name: 'generator' }, content: '' };
    expect(withoutRepeatedMeta([link])).toEqual([link]);
  });
});

describe('runningHeader', () => {
  it('a print style naming the page at the top of each printed page, its title escaped', () => {
    expect(runningHeader('篇七：党建"引领"')).toEqual({
      tag: 'style',
      attrs: { media: 'print' },
      content: '@page{@top-center{content:"篇七：党建\\22 引领\\22 ";font-size:9pt;color:#444}}',
    });
  });
});
