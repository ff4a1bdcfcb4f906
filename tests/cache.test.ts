import { cpSync, readFileSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '../scripts/lib/cache.ts';
import { buildCorpus } from '../scripts/lib/corpus.ts';
import { content, seedText } from './helpers.ts';

/** Three sources in a scratch folder, cut from the sample. */
function sources(): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'ccpb-cache-'));
  const pieces = seedText.split(/(?=篇[二三四五六七八]:)/);
  const paths = [1, 2, 3].map((n) => {
    const path = join(dir, `s${n}.txt`);
    writeFileSync(path, pieces[n]);
    return path;
  });
  return { dir, paths };
}

describe('incremental analysis', () => {
  it('re-analyzes only the source that changed, with the same result', async () => {
    const { dir, paths } = sources();
    const cacheDir = join(dir, 'cache');
    const first = await buildCorpus(paths, content, undefined, new AnalysisCache(cacheDir));
    const again = new AnalysisCache(cacheDir);
    expect(JSON.stringify(await buildCorpus(paths, content, undefined, again))).toBe(JSON.stringify(first));
    expect(again.stats).toEqual({ hits: 3, misses: 0, corrupt: 0 });

    writeFileSync(paths[1], `${seedText.split(/(?=篇[二三四五六七八]:)/)[2]}\n补充一句。\n`);
    const edited = new AnalysisCache(cacheDir);
    await buildCorpus(paths, content, undefined, edited);
    expect(edited.stats).toEqual({ hits: 2, misses: 1, corrupt: 0 });
  });

  it('detects a corrupted entry, rebuilds it and never serves it', async () => {
    const { dir, paths } = sources();
    const cacheDir = join(dir, 'cache');
    const first = await buildCorpus(paths, content, undefined, new AnalysisCache(cacheDir));
    const [victim, tampered] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, victim), '{"key":"torn');
    // An entry whose analysis was edited by hand: its header is intact, its checksum no longer matches.
    const [header, body] = readFileSync(join(cacheDir, tampered), 'utf8').split(/\n(.*)/s);
    writeFileSync(join(cacheDir, tampered), `${header}\n${body.replace('"slug"', '"slag"')}`);
    const cache = new AnalysisCache(cacheDir);
    expect(JSON.stringify(await buildCorpus(paths, content, undefined, cache))).toBe(JSON.stringify(first));
    expect(cache.stats).toEqual({ hits: 1, misses: 0, corrupt: 2 });
  });

  it('treats every entry as stale when a data file or the analyzer changes', async () => {
    const { dir, paths } = sources();
    const root = join(dir, 'project');
    mkdirSync(root);
    cpSync('content', join(root, 'content'), {
      recursive: true,
      filter: (p) => !p.includes('sources') && !p.includes('generated'),
    });
    cpSync('src/analyzer', join(root, 'src/analyzer'), { recursive: true });
    const cacheDir = join(dir, 'cache');
    await buildCorpus(paths, content, undefined, new AnalysisCache(cacheDir, root));
    writeFileSync(join(root, 'content/overrides.yaml'), 'items: {}\n# 改过\n');
    const stale = new AnalysisCache(cacheDir, root);
    await buildCorpus(paths, content, undefined, stale);
    expect(stale.stats).toEqual({ hits: 0, misses: 3, corrupt: 0 });
    expect(stale.prune()).toBe(3); // the entries of the old fingerprint
    const after = new AnalysisCache(cacheDir, root);
    await buildCorpus(paths.slice(0, 2), content, undefined, after);
    expect(after.prune()).toBe(1); // the source no longer analyzed
  });
});
