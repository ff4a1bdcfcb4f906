/**
 * `npm run measure:extraction [-- --dir 文件夹] [--details] [--write]`
 *
 * Analyzes the development corpus of real texts (tests/fixtures/genre/, each
 * with a hand annotation `<name>.truth.yaml`) and the sample; prints recall
 * and precision per role, link recall, the not-of-the-genre check and a row
 * per form and per domain. Every analyzer change is judged by it.
 * --details lists what each text missed and added; --write also writes
 * docs/extraction.md.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadContent } from './lib/content.ts';
import { runCommand } from './lib/data-file.ts';
import { extractionDoc, GENRE_DIR, measureExtraction } from './lib/extraction/index.ts';

export const EXTRACTION_DOC = 'docs/extraction.md';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: GENRE_DIR },
      details: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
    },
  });
  const { report, details } = await measureExtraction(loadContent(), values.dir);
  process.stdout.write(report);
  if (values.details) process.stdout.write(`\n${details}\n`);
  if (values.write) writeFileSync(EXTRACTION_DOC, extractionDoc(report));
  return 0;
}

process.exitCode = await runCommand(main);
