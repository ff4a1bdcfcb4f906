/**
 * Unreadable files and folders, reproduced for real: the command runs with tests/fs-faults.ts loaded, which makes
 * the operating system's EACCES come out of `node:fs` for the paths named (chmod 000 would not stop root, and CI
 * runs as root). Each case checks that the denial happened, then what a person reads: the file, and what to do.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_PATH } from './helpers.ts';
import { runScript } from './scratch-site.ts';

mkdirSync('.tmp', { recursive: true });
const dir = mkdtempSync('.tmp/denied-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run analyze -- <paths>` with reads of `denied` failing as unreadable files do. */
function analyzeDenied(paths: string[], denied: string[]) {
  const r = runScript(resolve('.'), 'analyze.ts', paths, {
    node: ['--import', './tests/fs-faults.ts'],
    extra: { DENY_READ: denied.join(':') },
  });
  // The denial itself happened (the preload logs each failure it makes).
  for (const path of denied) expect(r.stderr).toMatch(new RegExp(`\\[fs-faults\\] EACCES (open|scandir) ${path}\\n`));
  return r;
}

describe('没有读取权限（EACCES，以 root 运行也能复现）', () => {
  const sources = join(dir, 'sources');
  mkdirSync(join(sources, 'sub'), { recursive: true });
  for (const name of ['a.txt', 'b.txt', 'sub/c.txt']) cpSync(SEED_PATH, join(sources, name));

  it('读不了的来源和文件夹各列一行（哪个文件、怎么办），其余来源照常分析', () => {
    const b = join(sources, 'b.txt');
    const sub = join(sources, 'sub');
    const r = analyzeDenied([sources], [b, sub]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`  ✗ ${b}: 没有权限读写“${b}”。请检查它和所在文件夹的权限（chmod）或所有者。\n`);
    expect(r.stderr).toContain(`  ✗ ${sub}: 没有读取权限，已跳过。请用 chmod 或文件属性给当前用户读取权限。\n`);
    expect(r.stderr).toContain('2 个文件未能分析');
    expect(r.stdout).toContain(`# ${join(sources, 'a.txt')}（utf-8，8 篇）`);
    // Never the old "internal error, report it" nor an English stack.
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/内部错误|请报告给开发者|\n\s+at |Error: EACCES/);
  });

  it('读不了的旁注文件：指出是旁注文件，不是来源', () => {
    const a = join(sources, 'a.txt');
    const sidecar = join(sources, 'a.meta.yaml');
    cpSync('content/sources/城市社区党建存在的问题及对策8篇.meta.yaml', sidecar);
    try {
      const r = analyzeDenied([a], [sidecar]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `  ✗ ${a}: ${sidecar}: 没有权限读写“${sidecar}”。请检查它和所在文件夹的权限（chmod）或所有者。\n`,
      );
    } finally {
      rmSync(sidecar);
    }
  });

  it('读不了的数据文件：停止（状态 2），一行中文指出文件和改法', () => {
    const r = analyzeDenied([join(sources, 'a.txt')], ['content/codebook.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '错误：content/codebook.yaml: 没有权限读写“content/codebook.yaml”。请检查它和所在文件夹的权限（chmod）或所有者。\n',
    );
    expect(r.stderr).not.toMatch(/\n\s+at |Error: EACCES/);
  });
});
