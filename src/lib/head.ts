import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { cssString } from './css.ts';

type HeadEntry = StarlightRouteData['head'][number];

/**
 * Meta tags Starlight puts in every page's head that only repeat what the head already says or serve no reader
 * of an intranet site: the generator names, the Open Graph locale and site name (the page's language and title
 * say them) and a Twitter card without an image. `og:description` stays: WeChat's share cards read it.
 */
const REPEATED = new Set(['generator', 'og:locale', 'og:site_name', 'twitter:card']);

/** `head` without the repeated meta tags, otherwise unchanged and in order. */
export function withoutRepeatedMeta(head: readonly HeadEntry[]): HeadEntry[] {
  return head.filter((e) => !(e.tag === 'meta' && REPEATED.has(String(e.attrs?.name ?? e.attrs?.property ?? ''))));
}

/**
 * `head` with the title's text escaped. Starlight writes every head entry's content as HTML (`set:html`), and the
 * title comes from names people write (a codebook theme, an article title): `</title><script>` in one would run.
 */
export function withEscapedTitle(head: readonly HeadEntry[]): HeadEntry[] {
  return head.map((e) =>
    e.tag === 'title' && e.content
      ? { ...e, content: e.content.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') }
      : e,
  );
}

/**
 * A print style sheet naming the page at the top of every printed page (`@page` margin box), for articles and
 * curricula, which are printed for meetings; study packs set their own on a named page.
 */
export function runningHeader(title: string): HeadEntry {
  return {
    tag: 'style',
    attrs: { media: 'print' },
    content: `@page{@top-center{content:${cssString(title)};font-size:9pt;color:#444}}`,
  };
}
