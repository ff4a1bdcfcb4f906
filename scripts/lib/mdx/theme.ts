import type { Theme } from '../../../src/analyzer/index.ts';
import { importDefault, jsx, paragraphs, root } from './nodes.ts';
import { toMdx } from './serialize.ts';

/** A theme page as MDX: its definition (written by people, so escaped like any text) and its items across articles. */
export function themeMdx(theme: Theme): string {
  return toMdx(
    { title: theme.name, description: theme.definition.slice(0, 100) },
    root([
      importDefault('ThemeItems', '../../../components/ThemeItems.astro'),
      ...paragraphs(theme.definition),
      jsx('ThemeItems', { theme: theme.id }),
    ]),
  );
}
