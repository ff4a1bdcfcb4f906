import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyzeFile, type Corpus, extract, type Extracted, type Source } from '../../src/analyzer/index.ts';
import { buildCorpus } from '../../scripts/lib/corpus.ts';
import { content, SEED_PATH } from '../helpers.ts';

export const FIXTURES = 'tests/fixtures/formats';
const NAME = basename(SEED_PATH, '.txt');

/**
 * The sample in another format, built as `npm run build` builds it: under the
 * sample's name, beside its sidecar, with the corrections written for the sample.
 */
export async function buildAsSample(fixture: string): Promise<Corpus> {
  const dir = mkdtempSync(join(tmpdir(), 'ccpb-formats-'));
  const file = join(dir, `${NAME}${fixture.slice(fixture.lastIndexOf('.'))}`);
  copyFileSync(fixture, file);
  copyFileSync(SEED_PATH.replace(/\.txt$/, '.meta.yaml'), join(dir, `${NAME}.meta.yaml`));
  const corrections = { ...content.corrections, [basename(file)]: content.corrections[basename(SEED_PATH)] ?? [] };
  return buildCorpus([file], { ...content, corrections });
}

/** Items as a reader compares them: id, role, and title with width and spaces folded. */
export function itemKeys(corpus: Corpus): string[] {
  return corpus.sources.flatMap((s) =>
    s.articles.flatMap((a) => a.items.map((i) => `${i.id} ${i.role} ${i.title.normalize('NFKC').replace(/\s+/g, '')}`)),
  );
}

export function roleCounts(corpus: Corpus): Record<string, number> {
  const counts: Record<string, number> = { problem: 0, cause: 0, countermeasure: 0 };
  for (const key of itemKeys(corpus)) counts[key.split(' ')[1]]++;
  return counts;
}

/** One fixture analyzed on its own, through the front door. */
export async function analyzeFixture(name: string): Promise<Source> {
  const path = join(FIXTURES, name);
  const result = await analyzeFile({ path, bytes: readFileSync(path), slug: 'f' }, content);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.source;
}

/** What the front door extracts from one fixture (by its name under tests/fixtures/formats). */
export async function extractFixture(name: string): Promise<Extracted> {
  const r = await extract(name, readFileSync(join(FIXTURES, name)));
  if (!r.ok || !r.value) throw new Error(JSON.stringify(r));
  return r.value;
}
