import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/analyzer/index.ts';
import { originalPath } from '../../src/lib/corpus.ts';

/**
 * Each source's original file, for readers to download from its 原文对照
 * page: copied as `dist/data/sources/<slug><ending>` (ASCII names, which
 * every browser and server keeps). Returns the files written.
 */
export function writeOriginals(corpus: Corpus, dist: string): string[] {
  const files: string[] = [];
  for (const source of corpus.sources) {
    const target = join(dist, originalPath(source));
    mkdirSync(join(target, '..'), { recursive: true });
    copyFileSync(source.path, target);
    files.push(target);
  }
  return files;
}
