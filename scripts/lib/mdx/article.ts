import type { RootContent } from 'mdast';
import type { Article, Item, OutlineNode } from '../../../src/analyzer/types.ts';
import { articleTitle } from '../../../src/lib/corpus.ts';
import { heading, importDefault, jsx, paragraphs, root } from './nodes.ts';
import { toMdx } from './serialize.ts';

const COMPONENTS = '../../../components';

/**
 * The article page as MDX: its bibliographic head, then the cleaned text in
 * its outline (a heading per section), every problem, cause and
 * countermeasure wrapped in `<Item id>` so it carries its anchor and labels.
 */
export function articleMdx(article: Article): string {
  const body: RootContent[] = [
    importDefault('ArticleHead', `${COMPONENTS}/ArticleHead.astro`),
    importDefault('ArticleFoot', `${COMPONENTS}/ArticleFoot.astro`),
    importDefault('Item', `${COMPONENTS}/Item.astro`),
    jsx('ArticleHead', { slug: article.slug }),
    ...article.outline.flatMap((node) => section(node, article)),
    jsx('ArticleFoot', { slug: article.slug }),
  ];
  const abstract = article.metadata.abstract?.value;
  return toMdx(
    {
      title: articleTitle(article),
      description: abstract ? excerpt(abstract, 100) : `${articleTitle(article)}：问题、原因与对策`,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    },
    root(body),
  );
}

function section(node: OutlineNode, article: Article): RootContent[] {
  const { text } = article;
  const here = article.items.filter((i) => i.node === node.id);
  const whole = here.find((i) => i.span.start === node.span.start && i.span.end === node.span.end);
  const inner = here.filter((i) => i !== whole).sort((a, b) => a.span.start - b.span.start);
  const depth = node.level + 1;

  const content: RootContent[] = [];
  // The mark that ends a heading sentence (`经费不足。`) stays with the heading, not at the head of the next paragraph.
  const stop = /^[。．.：:；;！？!?]/.test(text.slice(node.headingSpan.end, node.headingSpan.end + 1)) ? 1 : 0;
  if (node.marker) content.push(heading(depth, `${node.marker.text}${text.slice(node.headingSpan.start, node.headingSpan.end + stop).trim()}`));
  const directEnd = node.children[0]?.span.start ?? node.span.end;
  let cursor = node.marker ? node.headingSpan.end + stop : node.headingSpan.end;
  for (const item of inner) {
    content.push(...paragraphs(text.slice(cursor, item.span.start)));
    content.push(itemElement(item, [heading(depth + 1, item.path.at(-1) ?? item.title), ...paragraphs(item.text)]));
    cursor = item.span.end;
  }
  content.push(...paragraphs(text.slice(cursor, directEnd)));
  for (const child of node.children) content.push(...section(child, article));
  return whole ? [itemElement(whole, content)] : content;
}

function itemElement(item: Item, children: RootContent[]): RootContent {
  return jsx('Item', { id: item.id }, children);
}

function excerpt(value: string, length: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}
