/**
 * `npm run measure:extraction [-- --dir 文件夹] [--only 前缀,…] [--details] [--write]`
 *
 * Analyzes the development corpus of real texts (tests/fixtures/genre/, each
 * with a hand annotation `<name>.truth.yaml`) and the sample; prints recall
 * and precision per role, link recall, the not-of-the-genre check and a row
 * per form and per domain. Every analyzer change is judged by it.
 * --only measures the texts whose names start with one of the prefixes (a
 * batch such as the held-out `d-`); --details lists what each text missed
 * and added; --write also writes docs/extraction.md (whole corpus only).
 */
import { writeFileSync } from 'node:fs';
import { parseOptions, UsageError } from './lib/cli.ts';
import { loadContent } from './lib/content.ts';
import { runCommand } from './lib/data-file.ts';
import { extractionDoc, GENRE_DIR, measureExtraction, quotePrefixes } from './lib/extraction/index.ts';

export const EXTRACTION_DOC = 'docs/extraction.md';

async function main(): Promise<number> {
  const { values } = parseOptions(
    {
      options: {
        dir: { type: 'string', default: GENRE_DIR },
        only: { type: 'string' },
        details: { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
      },
    },
    'measure:extraction',
  );
  const only = values.only
    ?.split(/[,，]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (only?.length === 0) throw new UsageError('--only 后面要写至少一个文件名前缀，如 --only d-。');
  if (only && values.write)
    throw new UsageError('--only 只测一部分文本，不能与 --write 同用：docs/extraction.md 记的是整个开发语料。');
  const { report, details } = await measureExtraction(loadContent(), values.dir, only);
  if (only) process.stdout.write(`只计名称以${quotePrefixes(only)}开头的文本（--only）。\n\n`);
  process.stdout.write(report);
  if (values.details) process.stdout.write(`\n${details}\n`);
  if (values.write) writeFileSync(EXTRACTION_DOC, extractionDoc(report));
  return 0;
}

process.exitCode = await runCommand(main);
