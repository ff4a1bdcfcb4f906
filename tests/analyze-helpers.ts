import type { CorpusOptions } from '../src/analyzer/corpus/index.ts';
import { createSegmenter } from '../src/analyzer/corpus/segment/index.ts';
import { analyzeSource, type AnalyzeResult } from '../src/analyzer/source/index.ts';
import type { Corpus, Source } from '../src/analyzer/types.ts';
import { correctionsFor } from '../scripts/lib/content.ts';
import { buildCorpus } from '../scripts/lib/corpus.ts';
import { content, rules, SEED_PATH, seedText } from './helpers.ts';

/** Analyze text (UTF-8) as a source, with the corrections written for `path`. */
export function analyzeText(text: string, slug = 't', path = 'test.txt'): AnalyzeResult {
  return analyzeSource(
    { path, bytes: new TextEncoder().encode(text), slug, corrections: correctionsFor(content, path) },
    { rules, furniture: content.furniture, journals: content.journals },
  );
}

/** The items of a text's articles as `role: title` lines. */
export function itemsOf(text: string): string[] {
  const result = analyzeText(text);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.source.articles.flatMap((a) => a.items).map((i) => `${i.role}: ${i.title}`);
}

/** `role: title` of each item of a text, and the titles of the items it is paired with. */
export function pairsOf(text: string): string[] {
  const result = analyzeText(text);
  const items = result.ok ? result.source.articles.flatMap((a) => a.items) : [];
  const title = new Map(items.map((i) => [i.id, i.title]));
  return items.map((i) => `${i.role}: ${i.title} ↔ ${i.pairedWith.map((p) => title.get(p)).join('、')}`);
}

/** The seed, analyzed as the build does. */
export function analyzeSeed(): Source {
  const result = analyzeText(seedText, 'csdj8', SEED_PATH);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.source;
}

/** The whole sample corpus with themes, links and matrices, as `npm run build` makes it. */
export function seedCorpus(data = content): Promise<Corpus> {
  return buildCorpus([SEED_PATH], data);
}

/** Options for `analyzeCorpus` from the content data, as the build prepares them. */
export function corpusOptions(data = content): CorpusOptions {
  return {
    codebook: data.codebook,
    rules: data.rules,
    cut: createSegmenter(data.terms).cut,
    stopwords: new Set(data.stopwords),
    genreWords: new Set(data.genreWords),
    overrides: data.overrides,
  };
}
