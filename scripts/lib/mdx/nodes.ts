/**
 * Builders for the mdast (with MDX extensions) that pages are generated as.
 * Text always goes into `text` nodes: the serializer escapes what MDX would
 * otherwise read as syntax (`{`, `<`, `*`, `#`, a leading `1.`…).
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { sourceParagraphs } from '../../../src/lib/article-blocks.ts';

export const text = (value: string): Text => ({ type: 'text', value });

/** A paragraph per non-empty line of `value` (source paragraphs are lines). */
export function paragraphs(value: string): Paragraph[] {
  return sourceParagraphs(value).map((line) => ({ type: 'paragraph', children: [text(line)] }));
}

export function heading(depth: number, children: PhrasingContent[] | string): Heading {
  const d = Math.min(6, Math.max(2, depth)) as Heading['depth'];
  return { type: 'heading', depth: d, children: typeof children === 'string' ? [text(children)] : children };
}

/** `<Name attr="…">children</Name>` as a block element; attribute values are escaped by the serializer. */
export function jsx(
  name: string,
  attributes: Record<string, string | undefined>,
  children: RootContent[] = [],
): MdxJsxFlowElement {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value }));
  return { type: 'mdxJsxFlowElement', name, attributes: attrs, children: children as MdxJsxFlowElement['children'] };
}

/** `import Name from 'path'` at the top of the document. */
export function importDefault(name: string, from: string): RootContent {
  return { type: 'mdxjsEsm', value: `import ${name} from ${JSON.stringify(from)};` } as RootContent;
}

export function root(children: RootContent[]): Root {
  return { type: 'root', children };
}
