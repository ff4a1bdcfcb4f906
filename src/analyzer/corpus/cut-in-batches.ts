import { simplifiedView } from '../text/chinese-script/index.ts';
import type { Article, Source, Span } from '../types.ts';
import { linesAround, type Tokens, tokenize } from './segment/tokens.ts';

/** What a batch holds for an article once its tokens are handed out. */
const EMPTY_TOKENS: Tokens = { words: [], starts: new Int32Array(0) };

/**
 * The tokens of each article's body, asked for in article order: cut in
 * batches of about `size` characters, each batch when its first article is
 * asked for, and dropped once handed out. Segmenting back to back is faster
 * and the batch bounds the tokens held at once (sizes and figures:
 * docs/performance.md).
 *
 * Only the body's lines are cut (`spanToCut`): items and their titles lie in the body, and keywords read it.
 */
export function cutInBatches(
  articles: readonly Article[],
  views: ReadonlyMap<string, string>,
  cut: (text: string) => string[],
  size: number,
): (a: Article) => Tokens {
  const batch: Tokens[] = [];
  let next = 0;
  let read = 0;
  return (a) => {
    if (read === batch.length) {
      batch.length = 0;
      read = 0;
      for (let chars = 0; next < articles.length && chars < size; next++) {
        const view = views.get(articles[next].slug)!;
        const lines = linesAround(view, spanToCut(articles[next]));
        batch.push(tokenize(view, cut, lines));
        chars += lines.end - lines.start;
      }
    }
    if (articles[next - batch.length + read] !== a) throw new Error(`cutInBatches: ${a.slug} asked for out of order`);
    const tokens = batch[read];
    batch[read++] = EMPTY_TOKENS;
    return tokens;
  };
}

/** The body, widened to the items outside it (those an abstract lists, `ABSTRACT_NODE`): what is segmented. */
function spanToCut(a: Article): Span {
  let { start, end } = a.body;
  for (const item of a.items) {
    start = Math.min(start, item.span.start);
    end = Math.max(end, item.span.end);
  }
  return { start, end };
}

/** The text the corpus stages read an article in: its simplified view when its source is traditional. */
export function articleView(a: Article, traditional: boolean): string {
  return traditional ? simplifiedView(a.text) : a.text;
}

/**
 * The texts `analyzeCorpus` hands its `cut` for `source`'s articles, in the
 * order it asks: each body's whole lines, in the article's view. A caller
 * can segment them ahead (on another thread) and answer `cut` from those.
 */
export function textsToCut(source: Source): string[] {
  return source.articles.map((a) => {
    const view = articleView(a, source.traditional);
    const lines = linesAround(view, spanToCut(a));
    return view.slice(lines.start, lines.end);
  });
}
