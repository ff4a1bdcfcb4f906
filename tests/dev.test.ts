import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchSite, startScript, until } from './scratch-site.ts';

const dir = scratchSite();
const run = startScript(dir, 'dev.ts');
afterAll(() => {
  if (run.child.exitCode === null) run.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const status = async (base: string, path: string) => (await fetch(new URL(path, base))).status;

/** The status once it is `want` (the dev server settles after a change), or the last one after `ms`. */
async function settles(base: string, path: string, want: number, ms = 20_000): Promise<number> {
  const end = Date.now() + ms;
  let last = await status(base, path);
  while (last !== want && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 250));
    last = await status(base, path);
  }
  return last;
}

describe('npm run dev', () => {
  it('survives a symlink loop made while it runs, and a deleted source’s page is 404', async () => {
    await until(() => /http:\/\/localhost:\d+\//.test(run.output()), 90_000);
    const base = /http:\/\/localhost:\d+\//.exec(run.output())![0];
    expect(await settles(base, '/articles/csdj8-1/', 200), run.output()).toBe(200);

    symlinkSync('环', join(dir, 'content/sources/环'));
    await until(() => run.output().includes('环: 是循环的符号链接'), 30_000);
    expect(run.child.exitCode).toBeNull();
    expect(await status(base, '/articles/csdj8-1/')).toBe(200);

    rmSync(join(dir, 'content/sources/城市社区党建存在的问题及对策8篇.txt'));
    await until(() => run.output().includes('已重新分析：0 个文件'), 30_000);
    expect(await settles(base, '/articles/csdj8-1/', 404)).toBe(404);
    expect(await settles(base, '/articles/csdj8-1/source/', 404)).toBe(404);
    expect(run.child.exitCode).toBeNull();
    expect(run.output()).not.toMatch(/ELOOP: too many|Unhandled|at .*\.ts:\d+/);
  }, 180_000);
});
