import { describe, expect, it } from 'vitest';
import { largeSource } from '../scripts/lib/bench/large-source.ts';
import { buildCorpus } from '../scripts/lib/corpus.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { content, seedText } from './helpers.ts';

describe('the benchmark’s large source', () => {
  it('is one collection whose pieces are numbered on, so every article is analyzed', async () => {
    const text = largeSource(seedText, 0.2);
    expect(Buffer.byteLength(text)).toBeGreaterThan(0.2 * 1024 * 1024);
    const file = join(mkdtempSync(join(tmpdir(), 'ccpb-large-')), 'large.txt');
    writeFileSync(file, text);
    const corpus = await buildCorpus([file], content);
    expect(corpus.failures).toEqual([]);
    const articles = corpus.sources[0].articles;
    expect(articles.length).toBe(
      8 * Math.ceil((0.2 * 1024 * 1024) / Buffer.byteLength(seedText.slice(seedText.indexOf('篇一')))),
    );
    expect(new Set(articles.map((a) => a.slug)).size).toBe(articles.length);
  });
});
