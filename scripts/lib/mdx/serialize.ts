import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import { stringify } from 'yaml';

// remark-directive teaches the serializer to escape `:::` too: Starlight reads such lines as asides.
const processor = remark().use(remarkMdx).use(remarkDirective);

/** A page as MDX: YAML front matter (serialized by a YAML library) and the tree serialized by remark. */
export function toMdx(frontmatter: Record<string, unknown>, tree: Root): string {
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${processor.stringify(tree)}`;
}
