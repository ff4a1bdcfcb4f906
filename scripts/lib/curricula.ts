import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { closest, type Corpus } from '../../src/analyzer/index.ts';
import { missingBecause } from './corpus.ts';
import { DataFileError, readText } from './data-file.ts';
import { importDefault, jsx } from './mdx/nodes.ts';

export const CURRICULA = 'content/curricula';
const COMPONENTS = '../../../components';

/** A curriculum citing an id the corpus lacks (perhaps of a source that failed). */
class MissingReference extends DataFileError {
  readonly id: string;
  constructor(id: string, file: string, line: number | undefined, message: string) {
    super(file, line, message);
    this.id = id;
  }
}

/** Components a curriculum may use (imported into every curriculum page). */
const COMPONENT_NAMES = ['Item', 'ThemeDigest'];

const processor = remark().use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkDirective);

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/** The literal value of an attribute (`id="…"`), or undefined. */
function attribute(node: Element, name: string): string | undefined {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

function setAttribute(node: Element, name: string, value: string): void {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/**
 * Turn one curriculum (MDX a trainer wrote) into a page: check that every
 * `<Item id>` and `<ThemeDigest theme>` names something in the corpus (an
 * unknown id is a DataFileError naming the file, the line and the closest
 * ids), number the cited articles in order of first citation, and append
 * the reference list.
 */
export function prepareCurriculum(
  text: string,
  file: string,
  corpus: Corpus,
  downloads?: string,
): { mdx: string; cited: string[] } {
  let tree: Root;
  try {
    tree = processor.parse(text);
  } catch (error) {
    const place = (error as { line?: number }).line;
    throw new DataFileError(
      file,
      place,
      `MDX 语法错误：${(error as Error).message}。请检查标签是否成对、花括号是否配对。`,
    );
  }
  const items = new Map(
    corpus.sources.flatMap((s) => s.articles.flatMap((a) => a.items.map((i) => [i.id, a.slug] as const))),
  );
  const themes = new Set(corpus.themes.map((t) => t.id));
  const cited: string[] = [];
  const cite = (slug: string) => {
    if (!cited.includes(slug)) cited.push(slug);
    return cited.indexOf(slug) + 1;
  };

  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as Element;
    const line = element.position?.start.line;
    // A capitalised tag is a component: one the page does not import would fail the whole site build.
    if (element.name && /^[A-Z]/.test(element.name) && !COMPONENT_NAMES.includes(element.name)) {
      const near = closest(element.name, COMPONENT_NAMES, 2);
      throw new DataFileError(
        file,
        line,
        `不认识的组件 <${element.name}>${near.length ? `，是不是 <${near[0]}>？` : '。'}课程中能用的组件：${COMPONENT_NAMES.map((c) => `<${c}>`).join('、')}。`,
      );
    }
    if (element.name === 'Item') {
      const id = attribute(element, 'id');
      const slug = id === undefined ? undefined : items.get(id);
      if (slug === undefined) {
        const near = closest(id ?? '', [...items.keys()], 3);
        throw new MissingReference(
          id ?? '',
          file,
          line,
          `<Item> 引用了不存在的条目“${id ?? '（未写 id）'}”${nearby(near)}。`,
        );
      }
      setAttribute(element, 'n', String(cite(slug)));
    } else if (element.name === 'ThemeDigest') {
      const theme = attribute(element, 'theme');
      if (theme === undefined || !themes.has(theme)) {
        const near = closest(theme ?? '', [...themes], 3);
        throw new DataFileError(
          file,
          line,
          `<ThemeDigest> 引用了不存在的议题“${theme ?? '（未写 theme）'}”${nearby(near)}。`,
        );
      }
      // A digest cites every article its items come from, in article order.
      const slugs = corpus.sources.flatMap((s) =>
        s.articles.filter((a) => a.items.some((i) => i.themes.some((t) => t.theme === theme))).map((a) => a.slug),
      );
      setAttribute(element, 'cites', slugs.map((s) => `${s}:${cite(s)}`).join(' '));
    }
  });

  const frontmatter = tree.children.filter((n) => n.type === 'yaml');
  const body = tree.children.filter((n) => n.type !== 'yaml');
  tree.children = [
    ...frontmatter,
    importDefault('Item', `${COMPONENTS}/CitedItem.astro`),
    importDefault('ThemeDigest', `${COMPONENTS}/ThemeDigest.astro`),
    importDefault('References', `${COMPONENTS}/CitedReferences.astro`),
    ...(body as RootContent[]),
    jsx('References', { articles: cited.join(' '), downloads }),
  ] as Root['children'];
  return { mdx: processor.stringify(tree), cited };
}

const nearby = (near: readonly string[]) => (near.length ? `；相近的有：${near.join('、')}` : '');

/** Where a curriculum's reading-list downloads go (without extension). */
export const readingList = (id: string) => `/data/curricula/${id}`;

/**
 * Check and write every curriculum of `content/curricula/` into the docs
 * collection. A curriculum with a broken reference or syntax is left out and
 * listed in `corpus.failures` (after the sources, naming a failed source when
 * one may be the cause); the others are written. Returns each written
 * curriculum's id and the articles it cites (its reading list).
 */
export function writeCurricula(corpus: Corpus, docs: string, source = CURRICULA): { id: string; cited: string[] }[] {
  const out = join(docs, 'curricula');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let files: string[] = [];
  try {
    files = readdirSync(source)
      .filter((f) => f.endsWith('.mdx'))
      .sort();
  } catch {
    return [];
  }
  return files.flatMap((name) => {
    const file = `${source}/${name}`;
    const id = name.replace(/\.mdx$/, '');
    try {
      const { mdx, cited } = prepareCurriculum(readText(file), file, corpus, readingList(id));
      writeFileSync(join(out, name), mdx);
      return [{ id, cited }];
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      const because = error instanceof MissingReference ? missingBecause(corpus, [error.id]) : '';
      corpus.failures.push({
        path: file,
        diagnostics: [
          {
            code: because ? 'depends.curriculum' : 'curriculum.invalid',
            line: error.line,
            message: `${error.message.replace(/^.*?: /, '').replace(/。$/, '')}${because}。这门课程未生成，其余页面照常生成。`,
          },
        ],
      });
      return [];
    }
  });
}
