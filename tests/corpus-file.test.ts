import { beforeAll, describe, expect, it } from 'vitest';
import { corpusJson, corpusLines, readCorpusLines } from '../scripts/lib/corpus-file.ts';
import { seedCorpus } from './analyze-helpers.ts';

describe('the corpus model on disk', () => {
  let corpus: Awaited<ReturnType<typeof seedCorpus>>;
  beforeAll(async () => {
    corpus = await seedCorpus();
  });

  it('is written in pieces that join to exactly JSON.stringify (so corpus.json is ordinary JSON)', () => {
    const pieces = [...corpusJson(corpus)];
    expect(pieces.join('')).toBe(`${JSON.stringify(corpus)}\n`);
    // No piece holds more than one source: a large collection never needs one giant string.
    const largest = Math.max(...pieces.map((p) => p.length));
    expect(largest).toBeLessThanOrEqual(Math.max(...corpus.sources.map((s) => JSON.stringify(s).length)) + 1);
  });

  it('is read back by the site from its lines, unchanged', () => {
    const text = [...corpusLines(corpus)].join('');
    expect(text.split('\n').length).toBe(
      1 + corpus.sources.length + corpus.links.length + corpus.sharedPassages.length + 1,
    );
    expect(readCorpusLines(Buffer.from(text))).toEqual(JSON.parse(JSON.stringify(corpus)));
  });
});
