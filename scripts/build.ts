/**
 * `npm run build`: analyze content/sources → write the corpus model →
 * generate the MDX pages → `astro build` → search index → data exports in dist/data/.
 * A bad source is reported and skipped; the build still runs for the others
 * and exits non-zero at the end, listing every failed file.
 */
import { progress } from './lib/corpus.ts';
import { runCommand } from './lib/data-file.ts';
import { formatFailures } from './lib/report.ts';
import { buildSite } from './lib/site-build.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

process.exitCode = await runCommand(async () => {
  const { corpus } = await buildSite({ log, progress: progress() });
  if (corpus.failures.length === 0) return 0;
  process.stderr.write(formatFailures(corpus));
  return 1;
});
