import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (script: string, args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [resolve(`scripts/${script}`), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** A scratch project folder with a copy of content/ (data files and sources). */
const dir = mkdtempSync(join(tmpdir(), 'ccpb-qda-'));
cpSync('content', join(dir, 'content'), { recursive: true, filter: (p) => !p.includes('generated') });

describe('npm run export and npm run import:qdpx', () => {
  it('writes the chosen formats, byte-identical on a second run', () => {
    const first = run('export.ts', ['--format', 'qdpx', '--format', 'qdc', '--out', 'a'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('已写出 a/corpus.qdpx\n已写出 a/codebook.qdc\n');
    expect(run('export.ts', ['--format', 'qdpx', '--out', 'b'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'a/corpus.qdpx')).equals(readFileSync(join(dir, 'b/corpus.qdpx')))).toBe(true);
  });

  it('refuses an unknown format in Chinese, naming the ones it knows', () => {
    const r = run('export.ts', ['--format', 'nvp'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不认识的格式：nvp。可用的格式：xlsx、qdc、qdpx。');
  });

  it('reads its own export back as no change', () => {
    run('export.ts', ['--format', 'qdpx', '--out', 'c'], dir);
    const r = run('import-qdpx.ts', ['c/corpus.qdpx'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('# c/corpus.qdpx 与当前分析结果一致，没有要写入 content/overrides.yaml 的修改。\n');
    expect(r.stderr).toBe('');
  });

  it('says what is wrong with a file that is not a project', () => {
    const r = run('import-qdpx.ts', ['content/overrides.yaml'], dir);
    expect(r.stderr).toContain('不是可读的 zip 压缩包');
    expect(run('import-qdpx.ts', ['missing.qdpx'], dir).stderr).toContain('找不到文件 missing.qdpx');
  });
});
