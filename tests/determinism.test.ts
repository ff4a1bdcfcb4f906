import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeExports } from '../scripts/lib/exports.ts';
import { analyzeCorpus } from '../src/analyzer/corpus/index.ts';
import { analyzeSeed, corpusOptions, seedCorpus } from './analyze-helpers.ts';
import { SEED_PATH } from './helpers.ts';

describe('deterministic output', () => {
  it('two runs of the analyzer give byte-identical JSON', () => {
    const run = () =>
      spawnSync(process.execPath, [resolve('scripts/analyze.ts'), SEED_PATH, '--json'], { encoding: 'utf8' }).stdout;
    const first = run();
    expect(first.length).toBeGreaterThan(100_000);
    expect(run()).toBe(first);
  });

  it('the analysis does not depend on how many characters are segmented at a time', () => {
    const options = corpusOptions();
    const corpus = (cutBatch?: number) =>
      JSON.stringify(analyzeCorpus([analyzeSeed()], [], { ...options, cutBatch }).corpus);
    const whole = corpus();
    expect(corpus(1)).toBe(whole); // one article at a time
    expect(corpus(5000)).toBe(whole); // two or so
  });

  it('the data exports are byte-identical across builds', async () => {
    const a = mkdtempSync(join(tmpdir(), 'ccpb-a-'));
    const b = mkdtempSync(join(tmpdir(), 'ccpb-b-'));
    const files = writeExports(await seedCorpus(), a).map((f) => f.slice(a.length + 1));
    writeExports(await seedCorpus(), b);
    expect(files).toEqual(['corpus.json', 'matrix.json', 'matrix.csv', 'links.csv', 'items.csv']);
    for (const f of files) expect(readFileSync(join(b, f)), f).toEqual(readFileSync(join(a, f)));
  });
});
