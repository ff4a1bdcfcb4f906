/**
 * A site built from a generated corpus large enough to reach every cap and
 * page limit (lists of 200 articles, 30 items per theme role, 50 articles per
 * matrix page…), which the eight-article sample never does. Built once per
 * test run in `.tmp/scale-site/` (a copy of this project with generated
 * sources, as `npm run bench` makes them) and served on 127.0.0.1.
 */
import { join, resolve } from 'node:path';
import type { Corpus } from '../../src/analyzer/types.ts';
import { projectCopy } from '../../scripts/lib/bench/projects.ts';
import { CORPUS_FILE, readCorpus } from '../../scripts/lib/corpus-file.ts';
import { loadContent, SOURCES } from '../../scripts/lib/content.ts';
import { generateCorpus } from '../../scripts/lib/gen/corpus.ts';
import { buildPool } from '../../scripts/lib/gen/pool.ts';
import { serveDist } from '../../scripts/serve-dist.ts';
import type { ServedSite } from './harness.ts';
import { runBuild } from './run-build.ts';

export const SCALE_DIR = resolve('.tmp/scale-site');

export interface ScaleSite extends ServedSite {
  dist: string;
  corpus: Corpus;
}

/** Generates `articles` articles (seed 1), builds their site and serves it; fails with the build's last lines. */
export async function serveScaleSite(articles: number): Promise<ScaleSite> {
  const data = loadContent();
  const { files } = generateCorpus({ articles, seed: 1, pool: buildPool([SOURCES], data), rules: data.rules });
  projectCopy(SCALE_DIR, files);
  const { code, output } = await runBuild(SCALE_DIR);
  if (code !== 0) {
    throw new Error(
      `生成语料（${articles} 篇）的网站构建失败（退出码 ${code}）。构建输出的最后几行：\n${output.trim().split('\n').slice(-30).join('\n')}`,
    );
  }
  const dist = join(SCALE_DIR, 'dist');
  const server = await serveDist(dist);
  return {
    base: server.url,
    close: server.close,
    dist,
    corpus: readCorpus(join(SCALE_DIR, CORPUS_FILE)),
  };
}
