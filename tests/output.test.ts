import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, GENERATED, recover, Staging } from '../scripts/lib/output.ts';

const home = process.cwd();
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ccpb-output-'));
  process.chdir(dir);
});
afterEach(() => {
  process.chdir(home);
  rmSync(dir, { recursive: true, force: true });
});

const put = (file: string, text: string) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
};
const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

describe('staged output', () => {
  it('a build that fails puts the generated folders back and never touches dist/', () => {
    put('dist/index.html', 'old site');
    put('content/generated/corpus.jsonl', 'old corpus');
    const staging = new Staging();
    staging.begin();
    expect(existsSync('content/generated')).toBe(false);
    put('content/generated/corpus.jsonl', 'half-written');
    put('src/content/docs/themes/a.mdx', 'new theme'); // a folder that did not exist before
    put(join(staging.dist, 'index.html'), 'new site');
    staging.abort();
    expect(read('dist/index.html')).toBe('old site');
    expect(read('content/generated/corpus.jsonl')).toBe('old corpus');
    expect(existsSync('src/content/docs/themes')).toBe(false);
    expect(existsSync('.tmp/build')).toBe(false);
  });

  it('a build that succeeds replaces dist/ and keeps the new generated folders', () => {
    put('dist/index.html', 'old site');
    put('dist/stale.html', 'gone');
    const staging = new Staging();
    staging.begin();
    put('content/generated/corpus.jsonl', 'new corpus');
    put(join(staging.dist, 'index.html'), 'new site');
    staging.commit();
    expect(read('dist/index.html')).toBe('new site');
    expect(existsSync('dist/stale.html')).toBe(false);
    expect(read('content/generated/corpus.jsonl')).toBe('new corpus');
    expect(existsSync('.tmp/build')).toBe(false);
  });

  it('a build killed between the two renames of commit gets dist/ back on recovery', () => {
    put('.tmp/build/dist.previous/index.html', 'old site');
    put('.tmp/build/dist/index.html', 'new site');
    put('.tmp/build/previous/content/generated/corpus.jsonl', 'old corpus');
    put('.tmp/build/journal.json', JSON.stringify({ existed: ['content/generated'] }));
    put('content/generated/corpus.jsonl', 'new corpus');
    expect(recover()).toContain('已恢复上次成功构建时的');
    expect(read('dist/index.html')).toBe('old site');
    expect(read('content/generated/corpus.jsonl')).toBe('old corpus');
  });

  it('a build killed after commit keeps its new site and generated folders', () => {
    put('dist/index.html', 'new site');
    put('content/generated/corpus.jsonl', 'new corpus');
    put('.tmp/build/previous/content/generated/corpus.jsonl', 'old corpus');
    put('.tmp/build/journal.json', JSON.stringify({ existed: GENERATED }));
    put('.tmp/build/committed', '');
    expect(recover()).toBeUndefined();
    expect(read('dist/index.html')).toBe('new site');
    expect(read('content/generated/corpus.jsonl')).toBe('new corpus');
  });

  it('a build killed while moving the generated folders aside loses none of them', () => {
    put('content/generated/corpus.jsonl', 'old corpus');
    put('src/content/docs/themes/a.mdx', 'old theme');
    put('.tmp/build/journal.json', JSON.stringify({ existed: ['content/generated', 'src/content/docs/themes'] }));
    put('.tmp/build/previous/content/generated/corpus.jsonl', 'moved corpus');
    rmSync('content/generated', { recursive: true });
    recover();
    expect(read('content/generated/corpus.jsonl')).toBe('moved corpus');
    expect(read('src/content/docs/themes/a.mdx')).toBe('old theme'); // not moved yet: left alone
  });
});

describe('the build lock', () => {
  it('of several builds taking over a stale lock at once, exactly one gets it', async () => {
    put('.cache/build.lock', JSON.stringify({ pid: 2 ** 22 + 1, started: '2026-01-01T00:00:00Z' }));
    const script = `import { acquireLock } from ${JSON.stringify(resolve(home, 'scripts/lib/output.ts'))};
      try { acquireLock(() => {}); process.stdout.write('got'); setTimeout(() => {}, 1500); }
      catch (e) { process.stdout.write(e.message); }`;
    const runs = [1, 2, 3, 4].map(
      () =>
        new Promise<string>((done) => {
          const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
          let out = '';
          child.stdout.on('data', (d) => {
            out += String(d);
          });
          child.on('exit', () => done(out));
        }),
    );
    const outs = await Promise.all(runs);
    expect(outs.filter((o) => o === 'got')).toHaveLength(1);
    for (const o of outs.filter((x) => x !== 'got')) expect(o).toMatch(/另一个构建(正在运行|刚刚开始)/);
    expect(existsSync('.cache/build.lock')).toBe(false); // released on exit
  }, 30_000);

  const DEAD = JSON.stringify({ pid: 2 ** 22 + 1, started: '2026-01-01T00:00:00Z' });

  it('leaves alone a stale lock another live build is taking over', () => {
    put('.cache/build.lock', DEAD);
    put('.cache/build.lock.takeover', JSON.stringify({ pid: process.pid, started: 'now' }));
    expect(() => acquireLock(() => {}, '.cache/build.lock')).toThrow(/另一个构建刚刚开始/);
    expect(read('.cache/build.lock')).toBe(DEAD);
    // A mark whose holder is gone does not stop the takeover.
    put('.cache/build.lock.takeover', DEAD);
    const said: string[] = [];
    acquireLock((line) => said.push(line), '.cache/build.lock')();
    expect(said.join('')).toContain('已接管');
    expect(existsSync('.cache/build.lock.takeover')).toBe(false);
  });

  it('takes over an unreadable lock only once it is old (a build may have just created it)', () => {
    put('.cache/build.lock', '');
    expect(() => acquireLock(() => {}, '.cache/build.lock')).toThrow(/另一个构建刚刚开始/);
    expect(read('.cache/build.lock')).toBe('');
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync('.cache/build.lock', minuteAgo, minuteAgo);
    acquireLock(() => {}, '.cache/build.lock')();
    expect(existsSync('.cache/build.lock')).toBe(false);
  });
});
