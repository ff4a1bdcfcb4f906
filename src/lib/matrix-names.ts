import { UNCLASSIFIED } from '../analyzer/index.ts';
import type { CorpusIndex } from './corpus.ts';
import { ui } from './ui.ts';

/** A matrix row or column as shown: the theme's name, or 未归类 for items without a theme. */
export function themeName(index: CorpusIndex, id: string): string {
  return id === UNCLASSIFIED ? ui['item.unclassified'] : (index.theme.get(id)?.name ?? id);
}
