import GithubSlugger from 'github-slugger';
import { ABSTRACT_NODE, type Article, type Item, type OutlineNode } from '../analyzer/index.ts';
import { ui } from './ui.ts';

/** What an article page shows, in order: headings, paragraphs, and items that wrap their own blocks. */
export type Block =
  | { type: 'heading'; depth: 2 | 3 | 4 | 5 | 6; text: string; id?: string }
  | { type: 'paragraph'; text: string }
  | { type: 'item'; id: string; children: Block[] };

/** An entry of the page's table of contents (Starlight's `headings` shape). */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The mark that ends a heading sentence (`经费不足。`) stays with the heading, not at the head of the next paragraph. */
const HEADING_STOP = /^[。．.：:；;！？!?]/;

/**
 * The article's cleaned text laid out by its outline: a heading per section,
 * a paragraph per source line, every problem, cause and countermeasure
 * wrapped in an `item` block that carries its id. Section headings get ids
 * that are GitHub-style slugs of their text, unique on the page (as Markdown
 * headings get); an item's own heading has none, the item's id is its anchor.
 * Items the abstract lists come first, under a heading of their own.
 * Layout only: the text is sliced by the analyzer's spans, nothing is decided here.
 */
export function articleBlocks(article: Article): Block[] {
  const slugger = new GithubSlugger();
  const itemsOf = new Map<string, Item[]>();
  for (const item of article.items) itemsOf.set(item.node, [...(itemsOf.get(item.node) ?? []), item]);
  const heading = (depth: number, text: string, anchored = true): Block => ({
    type: 'heading',
    depth: Math.min(6, Math.max(2, depth)) as 2 | 3 | 4 | 5 | 6,
    text,
    ...(anchored && { id: slugger.slug(text) }),
  });

  const section = (node: OutlineNode): Block[] => {
    const { text } = article;
    const here = itemsOf.get(node.id) ?? [];
    const whole = here.find((i) => i.span.start === node.span.start && i.span.end === node.span.end);
    const inner = here.filter((i) => i !== whole).sort((a, b) => a.span.start - b.span.start);
    const depth = node.level + 1;
    const content: Block[] = [];
    const stop = HEADING_STOP.test(text.slice(node.headingSpan.end, node.headingSpan.end + 1)) ? 1 : 0;
    const title = node.marker
      ? `${node.marker.text}${text.slice(node.headingSpan.start, node.headingSpan.end + stop).trim()}`
      : '';
    // An item that opens with the section's heading but ends before it (a problem whose answers follow it)
    // carries that heading, so it is not shown twice.
    const leading = node.marker && !whole ? inner.find((i) => i.span.start === node.span.start) : undefined;
    if (node.marker && !leading) content.push(heading(depth, title, !whole));
    const directEnd = node.children[0]?.span.start ?? node.span.end;
    let cursor = node.marker ? node.headingSpan.end + stop : node.headingSpan.end;
    for (const item of inner) {
      // A problem the heading names as what its section answers (`…,着力解决…的问题`): shown by its words.
      if (item.span.end <= node.headingSpan.end) {
        content.push({ type: 'item', id: item.id, children: [heading(depth + 1, item.title, false)] });
        continue;
      }
      content.push(...paragraphs(text.slice(cursor, item.span.start)));
      const children =
        item === leading
          ? [heading(depth, title, false), ...paragraphs(text.slice(cursor, item.span.end))]
          : [heading(depth + 1, item.path.at(-1) ?? item.title, false), ...paragraphs(item.text)];
      content.push({ type: 'item', id: item.id, children });
      cursor = item.span.end;
    }
    content.push(...paragraphs(text.slice(cursor, directEnd)));
    for (const child of node.children) content.push(...section(child));
    return whole ? [{ type: 'item', id: whole.id, children: content }] : content;
  };
  // Items the abstract lists (the body gives none): under a heading of their own before the body, each titled by
  // its words, as the abstract itself is shown whole in the article's head.
  const listed = article.items.filter((i) => i.node === ABSTRACT_NODE);
  const fromAbstract: Block[] = listed.map((i) => ({ type: 'item', id: i.id, children: [heading(3, i.title, false)] }));
  if (fromAbstract.length > 0) fromAbstract.unshift(heading(2, ui['article.abstractItems']));
  return [...fromAbstract, ...article.outline.flatMap(section)];
}

/** The paragraphs of a piece of source text: its non-empty lines, trimmed (source paragraphs are lines). */
export function sourceParagraphs(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function paragraphs(value: string): Block[] {
  return sourceParagraphs(value).map((text) => ({ type: 'paragraph', text }));
}

/** The anchored headings of `blocks` between two depths, in page order, for the table of contents. */
export function tocHeadings(blocks: readonly Block[], minDepth: number, maxDepth: number): TocHeading[] {
  const out: TocHeading[] = [];
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.type === 'item') walk(b.children);
      else if (b.type === 'heading' && b.id && b.depth >= minDepth && b.depth <= maxDepth)
        out.push({ depth: b.depth, slug: b.id, text: b.text });
    }
  };
  walk(blocks);
  return out;
}
