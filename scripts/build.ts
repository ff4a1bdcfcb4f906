/**
 * `npm run build`: analyze content/sources → write the corpus model →
 * generate the MDX pages → `astro build` → search index → data exports in dist/data/.
 * A bad source is reported and skipped; the build still runs for the others
 * and exits non-zero at the end, listing every failed file.
 */
import { progress } from './lib/corpus.ts';
import { DataFileError } from './lib/data-file.ts';
import { formatFailures } from './lib/report.ts';
import { buildSite } from './lib/site-build.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** A data file people edit is wrong: say where and stop (exit 2); anything else is a bug and throws. */
async function run(): Promise<number> {
  try {
    const { corpus } = await buildSite({ log, progress: progress() });
    if (corpus.failures.length === 0) return 0;
    process.stderr.write(formatFailures(corpus));
    return 1;
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    log(`错误：${error.message}`);
    return 2;
  }
}

process.exitCode = await run();
