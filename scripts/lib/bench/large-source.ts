import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One large single source through `npm run analyze`: its time and peak memory, or why it was refused. */
export interface LargeSourceRun {
  mb: number;
  seconds: number;
  peakMB: number;
  /** Peak resident bytes per source byte. */
  perByte: number;
  /** The refusal, when the source is over the size limit. */
  refused?: string;
  /** How the analysis failed otherwise (out of memory…). */
  failed?: string;
}

/**
 * A source of about `mb` MB made from the sample repeated, its pieces
 * numbered on (篇9, 篇10… after 篇八: repeating 篇一 would start a second
 * collection), so it is one collection of many articles, the shape of a
 * book-sized compilation.
 */
export function largeSource(sample: string, mb: number): string {
  const body = sample.slice(sample.indexOf('篇一'));
  const numerals = '一二三四五六七八九十';
  const label = /篇([一二三四五六七八九十])(?=[:：])/g;
  const pieces = body.match(label)?.length ?? 0;
  const out: string[] = [];
  let size = 0;
  for (let round = 0; size < mb * 1024 * 1024; round++) {
    // Numbers go on without a gap: the splitter reads a jump in numbering as text, not a new piece.
    // Each round starts on its own line, or its first marker would be read as text.
    const part = `${body.replace(label, (_, n: string) => `篇${numerals.indexOf(n) + 1 + round * pieces}`).trimEnd()}\n`;
    out.push(part);
    size += Buffer.byteLength(part);
  }
  return out.join('');
}

/** Analyze a generated source of each size in a child process (`analyze --json`), measuring its peak RSS. */
export function largeSourceRuns(sample: string, sizes: readonly number[], work: string): LargeSourceRun[] {
  mkdirSync(work, { recursive: true });
  const analyze = resolve('scripts/analyze.ts');
  // The child reports its own peak memory on exit (stderr's last line).
  const wrapper = `process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));
    await import(${JSON.stringify(analyze)});`;
  return sizes.map((mb) => {
    const file = join(work, `large-${mb}.txt`);
    writeFileSync(file, largeSource(sample, mb));
    const bytes = readFileSync(file).length;
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper, file, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    });
    const seconds = (performance.now() - start) / 1000;
    const peak = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN) * 1024;
    const refused = /✗ .*?: (文件有 .*?MB，超过单个来源的上限[^。]*)/.exec(r.stderr)?.[1];
    const failed = refused || r.status === 0 ? undefined : `失败（状态 ${r.status ?? r.signal}）`;
    return { mb: bytes / 1024 / 1024, seconds, peakMB: peak / 1024 / 1024, perByte: peak / bytes, refused, failed };
  });
}
