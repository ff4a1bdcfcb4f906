import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ContentData, SOURCES } from '../content.ts';
import { generateCorpus } from '../gen/corpus.ts';
import { buildPool } from '../gen/pool.ts';

/** Source files for a benchmark corpus of `n` articles: the sample for 8, generated (seed 1) otherwise. */
export function corpusFiles(n: number, data: ContentData): { name: string; text: string }[] {
  if (n === 8) {
    return readdirSync(SOURCES)
      .filter((f) => f.endsWith('.txt') || f.endsWith('.meta.yaml'))
      .map((name) => ({ name, text: readFileSync(join(SOURCES, name), 'utf8') }));
  }
  const { files } = generateCorpus({ articles: n, seed: 1, pool: buildPool([SOURCES], data), rules: data.rules });
  return files.flatMap((f) => [
    { name: f.name, text: f.text },
    ...(f.meta ? [{ name: f.name.replace(/\.txt$/, '.meta.yaml'), text: f.meta }] : []),
  ]);
}
