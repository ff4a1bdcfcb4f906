import { describe, expect, it } from 'vitest';
import { progress } from '../scripts/lib/corpus.ts';

/** A stand-in for standard error that records what is written. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream & {
    written: string[];
  };
}

describe('build progress', () => {
  it('writes plain lines, about every 5 %, in CI logs', () => {
    const s = stream(false);
    const report = progress(s);
    for (let i = 0; i < 100; i++) report(i, 100, `content/sources/f${i}.txt`);
    report(100, 100, '议题、关联与矩阵');
    expect(s.written).toHaveLength(21);
    expect(s.written[0]).toBe('分析 1/100：content/sources/f0.txt\n');
    expect(s.written[1]).toBe('分析 6/100：content/sources/f5.txt\n');
    expect(s.written.at(-1)).toBe('全库分析：议题、关联与矩阵\n');
  });

  it('rewrites one line in place on a terminal', () => {
    const s = stream(true);
    const report = progress(s);
    report(0, 2, 'a.txt');
    report(2, 2, '议题、关联与矩阵');
    expect(s.written).toEqual(['\r分析 1/2：a.txt\u001b[K', '\r分析 2/2：议题、关联与矩阵\u001b[K\n']);
  });
});
