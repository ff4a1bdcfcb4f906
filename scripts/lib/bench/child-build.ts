/**
 * Runs one full build in the current folder (a project copy made by the
 * benchmark) and prints its stage times and peak memory as JSON on stdout.
 */
import { buildSite } from '../site-build.ts';

const started = performance.now();
const result = await buildSite();
process.stdout.write(
  `${JSON.stringify({
    total: performance.now() - started,
    times: result.times,
    cache: result.cache,
    pages: result.pages,
    searchRecords: result.searchRecords,
    searchBytes: result.searchBytes,
    failures: result.corpus.failures.length,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
