import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSegmenter } from '../src/analyzer/corpus/segment/index.ts';
import { buildCorpus } from '../scripts/lib/corpus.ts';
import { generateCorpus } from '../scripts/lib/gen/corpus.ts';
import { buildPool } from '../scripts/lib/gen/pool.ts';
import { cutAhead, segmentAhead } from '../scripts/lib/segment-ahead.ts';
import { content, SEED_PATH } from './helpers.ts';

/**
 * Segmentation on a worker thread (scripts/lib/segment-ahead.ts) is a fast
 * path: a build that cuts on the thread must give the corpus, byte for byte,
 * that the same build gives cutting on the main thread (the reference).
 */
const GENRE = 'tests/fixtures/genre';
const genreFiles = readdirSync(GENRE)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(GENRE, f));
const saved = { ...segmentAhead };
afterEach(() => {
  Object.assign(segmentAhead, saved);
  vi.restoreAllMocks();
});

/** The corpus built from `paths`, as JSON, on the worker thread or on this one. */
async function built(paths: string[], onThread: boolean): Promise<string> {
  segmentAhead.minBytes = onThread ? 0 : Number.POSITIVE_INFINITY;
  return JSON.stringify(await buildCorpus(paths, content));
}

function generated(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'segment-ahead-'));
  const pool = buildPool(['content/sources'], content);
  const { files } = generateCorpus({ articles: 300, seed: 7, pool, rules: content.rules, traditional: 0.2 });
  for (const f of files) {
    writeFileSync(join(dir, f.name), f.bytes);
    if (f.meta) writeFileSync(join(dir, f.name.replace(/\.txt$/, '.meta.yaml')), f.meta);
  }
  return files.map((f) => join(dir, f.name));
}

describe('segmentation on a worker thread', () => {
  it.each([
    ['the sample', () => [SEED_PATH]],
    ['the development corpus of real texts (traditional ones among them)', () => genreFiles],
    ['a generated corpus', generated],
  ])(
    'gives the corpus the main thread gives: %s',
    async (_, paths) => {
      const files = paths();
      const reference = await built(files, false);
      expect(Object.keys(JSON.parse(reference).keywords.articles).length).toBeGreaterThan(5);
      expect(await built(files, true)).toBe(reference);
    },
    120_000,
  );

  it('cuts on this thread, with a note, when the thread does not start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segment-ahead-'));
    const silent = join(dir, 'silent-thread.mjs');
    writeFileSync(silent, '// never says it started\n');
    const reference = await built([SEED_PATH], false);
    Object.assign(segmentAhead, { thread: new URL(`file://${silent}`), startMs: 300 });
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    expect(await built([SEED_PATH], true)).toBe(reference);
    expect(written.join('')).toMatch(/^提示：分词线程不可用（线程未能启动），改在主线程分词：结果不变，只是慢一些。$/m);
  }, 60_000);

  it('never answers a build with the tokens of an earlier one left unread', () => {
    const segmenter = createSegmenter(content.terms);
    const texts = ['社区党组织凝聚力不强。', '党员教育管理方式单一。', '服务群众能力有待提高。'];
    const abandoned = cutAhead(content.terms, () => segmenter);
    abandoned.send(texts);
    abandoned.cut(texts[0]);
    const next = cutAhead(content.terms, () => segmenter);
    const later = ['驻区单位参与共建的积极性不高。', texts[2]];
    next.send(later);
    for (const text of later) expect(next.cut(text)).toEqual(segmenter.cut(text));
    // A text that was not sent, or not in the order sent, is cut here, and the same.
    expect(next.cut(texts[1])).toEqual(segmenter.cut(texts[1]));
  }, 60_000);
});
