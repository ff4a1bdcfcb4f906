import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { stageTimes } from '../scripts/lib/bench/stages.ts';
import { buildCorpus } from '../scripts/lib/corpus.ts';
import { content, seedText } from './helpers.ts';

describe('npm run bench:stages', () => {
  it('puts the analysis of the sample into its stages, each source and corpus stage named', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ccpb-stages-')), 'sample.txt');
    writeFileSync(file, seedText);
    await buildCorpus([file], content); // warm-up, as the command does
    // Ten rounds: the shortest named stage (议题标注, about 1.5 ms a round) then gets tens of samples
    // even on a loaded machine; with three it was once given none.
    const { stages } = await stageTimes(
      () => {},
      () => buildCorpus([file], content),
      10,
    );
    const names = stages.map((s) => s.stage);
    for (const name of ['nodejieba.cut（分词本身）', '清理', '题录', '议题标注', '相似段落'])
      expect(names).toContain(name);
    expect(stages.every((s) => s.ms > 0)).toBe(true);
    expect(stages.map((s) => s.ms)).toEqual([...stages.map((s) => s.ms)].sort((a, b) => b - a));
  });

  it('counts nothing that runs under the raw function as a stage of the analysis', async () => {
    const text = seedText.repeat(4);
    const rawSegmentation = () => {
      for (let k = 0; k < 5; k++) nodejieba.cut(text);
    };
    let sink = 0;
    const { raw, stages } = await stageTimes(
      rawSegmentation,
      async () => {
        for (let k = 0; k < 2e6; k++) sink += Math.sqrt(k);
      },
      3,
    );
    expect(sink).toBeGreaterThan(0);
    expect(raw).toBeGreaterThan(0);
    expect(stages.map((s) => s.stage)).not.toContain('nodejieba.cut（分词本身）');
  });
});
