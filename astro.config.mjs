// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { legacyCssIntegration } from './src/build/legacy-css.ts';
import { systemScheme } from './src/build/system-scheme.ts';
import { basePathOf, withBase } from './src/lib/site-path.ts';

// The public URL comes from content/site.yaml, validated by the build into content/generated/site.json.
const settings = existsSync('content/generated/site.json')
  ? JSON.parse(readFileSync('content/generated/site.json', 'utf8'))
  : {};
// A site served under a sub-path of its host (`url: https://host/kb/`) has its pages and files under it.
const base = basePathOf(settings.url);

/**
 * Starlight puts a script on every page that saves and restores the sidebar's scroll position and open groups,
 * kept by a wrapper element its own sidebar has. The site's sidebar (src/components/Sidebar.astro) is a plain
 * list without that wrapper, so the script would find nothing to do: it is replaced by an empty module.
 */
const withoutSidebarState = {
  name: 'without-sidebar-state',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} id */
  load(id) {
    return /components-internals[\\/]SidebarPersistState\.[jt]s$/.test(id) ? '' : undefined;
  },
};

// The site is read on intranets without internet access: nothing may be fetched from outside it.
// Search is our own (a plain form in the header, Pagefind on /search/), indexed by scripts/build.ts.
export default defineConfig({
  site: settings.url,
  base,
  integrations: [
    starlight({
      title: '城市社区党建 · 问题与对策知识库',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      pagefind: false,
      // Our own 404 page (src/pages/404.astro) says what to do next: search, or where to start.
      disable404Route: true,
      // Navigation lists sections, never every article: a per-article sidebar makes every page grow with the corpus.
      sidebar: [
        { label: '首页', link: '/' },
        { label: '文章', link: '/articles/' },
        { label: '议题', link: '/themes/' },
        { label: '问题—对策矩阵', link: '/matrix/' },
        { label: '相似段落', link: '/passages/' },
        { label: '培训课程', link: '/curricula/' },
        { label: '搜索', link: '/search/' },
        { label: '数据下载', link: '/data/' },
      ],
      components: {
        Search: './src/components/SearchForm.astro',
        Sidebar: './src/components/Sidebar.astro',
        SiteTitle: './src/components/SiteTitle.astro',
        ThemeProvider: './src/components/ThemeProvider.astro',
        ThemeSelect: './src/components/Omitted.astro',
        LanguageSelect: './src/components/Omitted.astro',
      },
      customCss: ['./src/styles/site.css'],
      // PNG and ICO icons besides the SVG one: older browsers, WeChat's share cards and home-screen shortcuts.
      head: [
        {
          tag: 'link',
          attrs: { rel: 'icon', href: withBase('/favicon.png', base), type: 'image/png', sizes: '32x32' },
        },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: withBase('/apple-touch-icon.png', base) } },
      ],
      // Leaves out head tags that only repeat the page's title, language and description (src/lib/head.ts).
      routeMiddleware: './src/route-data.ts',
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    }),
    legacyCssIntegration(),
  ],
  // Every stylesheet a file of its own, so that legacy-css.ts rewrites all of them for older browsers.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // content/sources is watched by scripts/dev.ts (pages read content/generated): Vite's own watcher would only log
  // English errors for a symbolic link loop there.
  vite: {
    plugins: [withoutSidebarState, systemScheme()],
    server: { watch: { ignored: ['**/content/sources/**'] } },
  },
});
