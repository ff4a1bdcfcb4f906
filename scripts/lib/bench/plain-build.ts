/**
 * The baseline a user could pick instead: a plain Starlight site (default
 * sidebar listing every page, default Pagefind search) with one page per
 * article text and no analysis. Builds the current folder; prints time and
 * peak memory as JSON.
 */
import { build } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const started = performance.now();
await build({ root: process.cwd(), logLevel: 'error' });
process.stdout.write(
  `${JSON.stringify({ total: performance.now() - started, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
