import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Corpus } from '../../../src/analyzer/index.ts';
import { articleTitle } from '../../../src/lib/corpus.ts';

/**
 * A copy of this project in `dir` (inside the repository, so node_modules
 * resolves by walking up) whose sources are `sourceDir`'s files. Curricula
 * are left out: they cite the sample's items.
 */
export function projectCopy(dir: string, sourceFiles: { name: string; text: string }[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(f, join(dir, f), {
      recursive: true,
      filter: (p) => !/content[/\\]docs[/\\](articles|themes|curricula)/.test(p),
    });
  }
  cpSync('content', join(dir, 'content'), {
    recursive: true,
    filter: (p) => !/generated|sources[/\\]|curricula[/\\]/.test(p),
  });
  mkdirSync(join(dir, 'content', 'sources'), { recursive: true });
  for (const f of sourceFiles) writeFileSync(join(dir, 'content', 'sources', f.name), f.text);
}

/** A plain Starlight project with one Markdown page per article of `corpus` (its cleaned text, no analysis). */
export function plainStarlight(dir: string, corpus: Corpus): number {
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: '基线', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })] });\n`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  let pages = 0;
  for (const source of corpus.sources) {
    for (const article of source.articles) {
      // Plain text in a code-free Markdown body: escape what Markdown would read as syntax.
      const body = article.text.replace(/[\\`*_{}[\]<>#|!-]/g, (c) => `\\${c}`);
      writeFileSync(
        join(docs, `${article.slug}.md`),
        `---\n${stringify({ title: articleTitle(article) })}---\n\n${body}\n`,
      );
      pages++;
    }
  }
  return pages;
}
