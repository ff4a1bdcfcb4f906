/**
 * `npm run build`: analyze content/sources → write the corpus model →
 * generate the MDX pages → `astro build` → search index → data exports in dist/data/.
 * A bad source is reported (before what depends on it) and skipped; the build
 * still runs for the others and exits 1 at the end. A wrong data file, a busy
 * lock or a full disk stops it with exit 2, leaving the previous dist/ as it was.
 */
import { progress } from './lib/corpus.ts';
import { runCommand } from './lib/data-file.ts';
import { buildSite } from './lib/site-build.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

process.exitCode = await runCommand(async () => {
  const { corpus } = await buildSite({ log, progress: progress() });
  if (corpus.failures.length === 0) return 0;
  log(`有 ${corpus.failures.length} 个文件未能分析或未生成页面（原因见上方），其余内容已照常生成。`);
  return 1;
});
