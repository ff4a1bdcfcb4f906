import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, scratchSite, startScript, until } from './scratch-site.ts';

// One scratch project for the whole file: a first build makes the "previous site" every case must keep.
let dir: string;
const marker = () => join(dir, 'dist/previous-build.txt');
const generated = () => join(dir, 'content/generated/corpus.jsonl');

beforeAll(() => {
  dir = scratchSite();
  const r = runScript(dir, 'build.ts');
  expect(r.code, r.stderr).toBe(0);
  writeFileSync(marker(), 'kept');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** dist/ is the previous site, whole: the marker, every page and the search index. */
function expectPreviousSite(pages: number) {
  expect(readFileSync(marker(), 'utf8')).toBe('kept');
  expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
  expect(existsSync(join(dir, 'dist/pagefind'))).toBe(true);
  expect(existsSync(join(dir, 'dist/data/corpus.json'))).toBe(true);
  expect(existsSync(join(dir, 'dist/.prerender'))).toBe(false);
  expect(countHtml(join(dir, 'dist'))).toBe(pages);
  expect(existsSync(join(dir, '.tmp/build'))).toBe(false);
}

/** A build with one file of the project changed to `text` (put back afterwards). */
function buildWith(file: string, text: (old: string) => string) {
  const path = join(dir, file);
  const old = readFileSync(path, 'utf8');
  writeFileSync(path, text(old));
  try {
    return runScript(dir, 'build.ts');
  } finally {
    writeFileSync(path, old);
  }
}

const countHtml = (d: string) => readdirSync(d, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

describe('the previous site survives', () => {
  it('a build killed during astro build (SIGKILL): dist/ untouched, the next build recovers', async () => {
    const pages = countHtml(join(dir, 'dist'));
    const before = readFileSync(generated(), 'utf8');
    const run = startScript(dir, 'build.ts');
    // MDX is written, astro build has started writing into the staging folder.
    await until(() => run.output().includes('生成 MDX 页面') && existsSync(join(dir, '.tmp/build/dist')));
    run.child.kill('SIGKILL');
    await run.done;
    expect(readFileSync(marker(), 'utf8')).toBe('kept');
    expect(existsSync(join(dir, '.cache/build.lock'))).toBe(true); // stale: its owner is dead
    const next = runScript(dir, 'build.ts', []);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/上次构建（进程 \d+）没有正常结束，已接管它留下的锁/);
    expect(next.stderr).toContain('已恢复上次成功构建时的');
    expect(readFileSync(generated(), 'utf8')).toBe(before);
    expect(countHtml(join(dir, 'dist'))).toBe(pages);
    writeFileSync(marker(), 'kept');
  }, 180_000);

  it('a build interrupted with SIGTERM says so and puts the generated folders back', async () => {
    const pages = countHtml(join(dir, 'dist'));
    const before = readFileSync(generated(), 'utf8');
    const run = startScript(dir, 'build.ts');
    await until(() => run.output().includes('生成 MDX 页面'));
    run.child.kill('SIGTERM');
    expect(await run.done).toBe(143);
    expect(run.output()).toContain('构建被中断（SIGTERM）：dist/ 仍是上次成功构建的网站。');
    expectPreviousSite(pages);
    expect(readFileSync(generated(), 'utf8')).toBe(before);
    expect(existsSync(join(dir, '.cache/build.lock'))).toBe(false);
  }, 120_000);

  it('a curriculum with a misspelt component is left out, said in Chinese, and the rest builds', () => {
    const r = buildWith('content/curricula/funding-venues.mdx', (text) => text.replace('<Item ', '<Itme '));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/content\/curricula\/funding-venues\.mdx:\d+: 不认识的组件 <Itme>，是不是 <Item>？/);
    expect(r.stderr).toContain('这门课程未生成，其余页面照常生成');
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist/curricula/funding-venues/index.html'))).toBe(false);
    writeFileSync(marker(), 'kept');
  }, 120_000);
});

describe('errors at their cause', () => {
  it('a broken sidecar is named first; the curriculum citing its items says why; the rest builds', () => {
    const r = buildWith('content/sources/城市社区党建存在的问题及对策8篇.meta.yaml', () => 'slug: CSDJ8\n');
    expect(r.code).toBe(1);
    const source = r.stderr.indexOf('✗ content/sources/城市社区党建存在的问题及对策8篇.txt:');
    const curriculum = r.stderr.indexOf('✗ content/curricula/funding-venues.mdx:');
    expect(source).toBeGreaterThan(-1);
    expect(curriculum).toBeGreaterThan(source);
    expect(r.stderr).toContain('只能用小写英文字母、数字和中间的连字符');
    expect(r.stderr).toContain('可能是因为 content/sources/城市社区党建存在的问题及对策8篇.txt 未能分析');
    expect(r.stderr).toContain('其余内容已照常生成');
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
    writeFileSync(marker(), 'kept');
  }, 120_000);
});

describe('a full cache disk', () => {
  it('costs only the next build time: the site builds, and the note says why sources will be analyzed again', () => {
    rmSync(join(dir, '.cache/analysis'), { recursive: true, force: true });
    const r = runScript(dir, 'build.ts', [], {
      node: ['--import', resolve('tests/fs-faults.ts')],
      extra: { FULL_DISK: '.cache/analysis' },
    });
    expect(r.stderr).toMatch(/\[fs-faults\] ENOSPC write .*\.cache\/analysis\//);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /注意：1 个分析结果未能存入缓存（磁盘空间已满，无法写入“[^”]*\.cache\/analysis\/[^”]+”。请清理磁盘空间后重试。）；本次照常构建，下次会重新分析它们。/,
    );
    expect(r.stderr).not.toMatch(/✗|引用了不存在的条目/);
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
    writeFileSync(marker(), 'kept');
  }, 120_000);
});

describe('one build at a time', () => {
  it('a second build while one runs is refused in Chinese, naming the owner', async () => {
    const first = startScript(dir, 'build.ts');
    await until(() => existsSync(join(dir, '.cache/build.lock')));
    const second = runScript(dir, 'build.ts');
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`另一个构建正在运行（进程 ${first.child.pid}，开始于`);
    expect(await first.done).toBe(0);
    expect(existsSync(join(dir, '.cache/build.lock'))).toBe(false);
  }, 120_000);

  it('a wrong data file stops the build before anything is replaced', () => {
    const pages = countHtml(join(dir, 'dist'));
    writeFileSync(marker(), 'kept');
    const r = buildWith('content/site.yaml', () => 'url: ftp://example.org/\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('content/site.yaml:1: 字段“url”不符合要求：应为以 http:// 或 https:// 开头的完整网址。');
    expectPreviousSite(pages);
  }, 60_000);
});

/** A small file system of its own (tmpfs, root only), so the disk can be filled; undefined where it cannot be made. */
function smallDisk(path: string): (() => void) | undefined {
  if (process.getuid?.() !== 0) return undefined;
  mkdirSync(path, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=40m', 'tmpfs', path]);
  return r.status === 0 ? () => spawnSync('umount', [path]) : undefined;
}

describe('a full disk', () => {
  // Always runs: the disk fills while the data exports are written into the staged site (tests/fs-faults.ts makes
  // every write under .tmp/build/dist/data fail with ENOSPC, as the OS would). The case below fills a real disk
  // where one can be mounted.
  it('a disk that fills while the data files are written stops the build; dist/ is the previous site', () => {
    const pages = countHtml(join(dir, 'dist'));
    const r = runScript(dir, 'build.ts', [], {
      node: ['--import', resolve('tests/fs-faults.ts')],
      extra: { FULL_DISK: '.tmp/build/dist/data' },
    });
    expect(r.stderr).toMatch(/\[fs-faults\] ENOSPC write .*\.tmp\/build\/dist\/data\//);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /错误：磁盘空间已满，无法写入“[^”]*\.tmp\/build\/dist\/data\/[^”]+”。请清理磁盘空间后重试。/,
    );
    expect(r.stderr).toContain('构建未完成：dist/ 仍是上次成功构建的网站，没有被改动。');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expectPreviousSite(pages);
  }, 120_000);

  const mount = join(resolve('.tmp'), `full-${process.pid}`);
  // Mounted when a test of this block runs (not at collection: a filtered run would leave it mounted).
  let unmount: (() => void) | undefined;
  beforeAll(() => {
    unmount = smallDisk(mount);
  });
  afterAll(() => {
    unmount?.();
    rmSync(mount, { recursive: true, force: true });
  });

  it('stops the build with a Chinese message, and the previous site stays', (ctx) => {
    if (!unmount) ctx.skip('没有 root 权限或不能挂载 tmpfs：上面注入 ENOSPC 的用例代替它');
    const site = scratchSite(() => true, mount);
    expect(runScript(site, 'build.ts').code).toBe(0);
    writeFileSync(join(site, 'dist/previous-build.txt'), 'kept');
    const corpus = readFileSync(join(site, 'content/generated/corpus.jsonl'), 'utf8');
    const free = Number(spawnSync('df', ['-k', '--output=avail', mount], { encoding: 'utf8' }).stdout.split('\n')[1]);
    writeFileSync(join(mount, 'filler'), Buffer.alloc((free - 1200) * 1024)); // about 1 MB left: less than a site
    const r = runScript(site, 'build.ts');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/错误：磁盘空间已满，无法写入“[^”]+”。请清理磁盘空间后重试。/);
    expect(r.stderr).toContain('构建未完成：dist/ 仍是上次成功构建的网站，没有被改动。');
    expect(r.stderr).not.toContain('    at ');
    expect(readFileSync(join(site, 'dist/previous-build.txt'), 'utf8')).toBe('kept');
    expect(existsSync(join(site, 'dist/index.html'))).toBe(true);
    expect(readFileSync(join(site, 'content/generated/corpus.jsonl'), 'utf8')).toBe(corpus);
  }, 180_000);
});
