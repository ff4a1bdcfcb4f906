import { readFileSync } from 'node:fs';
import type { Corpus } from '../analyzer/types.ts';

/** The corpus model the build wrote; pages render it and never analyze. */
export function loadCorpus(): Corpus {
  return JSON.parse(readFileSync('content/generated/corpus.json', 'utf8')) as Corpus;
}
