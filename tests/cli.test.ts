import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PATH } from './helpers.ts';

const SCRIPT = resolve('scripts/analyze.ts');

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch project folder with a copy of content/ (data files and the seed). */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccpb-cli-'));
  cpSync('content', join(dir, 'content'), { recursive: true, filter: (p) => !p.includes('generated') });
  return dir;
}

describe('npm run analyze', () => {
  it('prints each article’s outline with roles and item counts', () => {
    const r = run([SEED_PATH]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## 篇二 城市基层党建工作存在的问题及对策  [csdj8-2]');
    expect(r.stdout).toContain('   问题 5 · 原因 5 · 对策 5');
    expect(r.stdout).toContain('     (一)思想观念不新,存在“刻舟求剑”的思维方式  〔问题，条目 1〕');
  });

  it('with --json writes only the corpus model to standard output', () => {
    const r = run([SEED_PATH, '--json']);
    expect(r.code).toBe(0);
    const corpus = JSON.parse(r.stdout);
    expect(corpus.schemaVersion).toBe(1);
    expect(corpus.sources[0].articles).toHaveLength(8);
    expect(r.stderr).toBe('');
  });

  it('reports every bad file with its path, analyzes the others, and exits non-zero', () => {
    const dir = scratch();
    const sources = join(dir, 'content/sources');
    writeFileSync(join(sources, '空文件.txt'), '');
    writeFileSync(join(sources, '图片.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = run(['content/sources', '--json'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).sources).toHaveLength(1);
    expect(r.stderr).toContain('2 个文件未能分析');
    expect(r.stderr).toContain('content/sources/空文件.txt: 文件为空');
    expect(r.stderr).toContain('content/sources/图片.txt: 文件不是文本');
  });

  it('names the file and line of a broken data file', () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'content/corrections.yaml'),
      'a.txt:\n  - { find: 杜区, replace: 社区 }\n  - { find: "", replace: 社区 }\n',
    );
    const r = run([], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('错误：content/corrections.yaml:3: 字段“a.txt.1.find”不符合要求：内容为空或过短，请填写。\n');
  });

  it('says so when a path does not exist', () => {
    const r = run(['没有这个文件.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('错误：没有这个文件.txt: 找不到这个文件或文件夹。\n');
  });
});
