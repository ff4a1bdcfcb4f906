/**
 * The sample as users hold it — printed to a two-column PDF, saved as Word
 * with automatic numbering, saved from the browser as a web page (UTF-8, GBK,
 * single-file .mhtml) — finds the same items as the `.txt`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/analyzer/index.ts';
import { SEED_PATH } from '../helpers.ts';
import { analyzeFixture, buildAsSample, FIXTURES, itemKeys, roleCounts } from './helpers.ts';

let txt: Corpus;
beforeAll(async () => {
  txt = await buildAsSample(SEED_PATH);
}, 60_000);

describe('the sample in every format', () => {
  it('as .txt: 29 problems, 9 causes, 33 countermeasures', () => {
    expect(roleCounts(txt)).toEqual({ problem: 29, cause: 9, countermeasure: 33 });
  });

  for (const name of [
    'sample.docx',
    'sample.pdf',
    'gov.html',
    'gov-gbk.htm',
    'wechat.html',
    'wechat.mhtml',
    'gov-gbk.mhtml',
  ]) {
    it(`as ${name}: the same items, ids and titles`, async () => {
      const corpus = await buildAsSample(`${FIXTURES}/${name}`);
      expect(corpus.failures).toEqual([]);
      expect(roleCounts(corpus)).toEqual({ problem: 29, cause: 9, countermeasure: 33 });
      expect(itemKeys(corpus)).toEqual(itemKeys(txt));
    });
  }
});

describe('extraction is deterministic', () => {
  for (const name of ['small.docx', 'gov-gbk.htm', 'wechat.mhtml', 'word-extractor/test13.doc']) {
    it(`${name}: the same source twice`, async () => {
      expect(JSON.stringify(await analyzeFixture(name))).toBe(JSON.stringify(await analyzeFixture(name)));
    });
  }
});
