/** A journal article's back matter: a reference list and the editor line (篇二, 篇五, 篇七). */
import { JOURNALS, names } from './biblio.ts';
import type { ArticleWriter } from './writer.ts';

export function writeBackMatter(w: ArticleWriter): void {
  if (!w.backMatter) return;
  if (w.rng.chance(0.6)) {
    const n = w.rng.int(2, 5);
    w.push('参考文献:', 'meta');
    for (let k = 1; k <= n; k++) {
      const author = names(w.rng, 1)[0];
      const title = w.rng.pick(w.pool.titles);
      const journal = w.rng.pick(JOURNALS);
      const year = w.rng.int(2000, 2022);
      const first = w.rng.int(10, 120);
      w.push(
        `[${k}]${author}.${title}[J].${journal},${year}(${w.rng.int(1, 12)}):${first}-${first + w.rng.int(1, 3)}.`,
        'meta',
      );
    }
    w.metadata.references = n;
    w.format.push('meta:references');
  }
  if (w.rng.chance(0.5)) {
    const editor = names(w.rng, 1)[0];
    w.blocks.push({ text: `责任编辑:${editor}`, kind: 'meta', numberAtEnd: true });
    w.metadata.editor = editor;
    w.format.push('meta:editor');
  }
}
