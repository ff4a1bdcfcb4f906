import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A copy of the project inside .tmp/ or another folder of the project (so
 * node_modules resolves by walking up), with content/ as in the repository
 * unless `content` filters it.
 */
export function scratchSite(content: (path: string) => boolean = () => true, parent = resolve('.tmp')): string {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'site-'));
  for (const f of ['src', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'public']) {
    cpSync(f, join(dir, f), {
      recursive: true,
      filter: (p) => !/content[/\\]docs[/\\](articles|themes|curricula)/.test(p),
    });
  }
  cpSync('content', join(dir, 'content'), { recursive: true, filter: (p) => !/generated/.test(p) && content(p) });
  return dir;
}

/** The environment of a command run by a person: without vitest's own variables (NODE_ENV=test changes Astro). */
const env = Object.fromEntries(
  Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' }).filter(
    ([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'),
  ),
);

/** Run `scripts/<script>` in `dir` to its end; `node`: options for node itself, `extra`: more environment. */
export function runScript(
  dir: string,
  script: string,
  args: string[] = [],
  { node = [], extra = {} }: { node?: string[]; extra?: Record<string, string> } = {},
) {
  const r = spawnSync(process.execPath, [...node, `scripts/${script}`, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...env, ...extra },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Start `scripts/<script>` in `dir`; `output()` is what it wrote (stderr and stdout) so far. */
export function startScript(
  dir: string,
  script: string,
): { child: ChildProcess; output: () => string; done: Promise<number | null> } {
  const child = spawn(process.execPath, [`scripts/${script}`], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  child.stdout?.on('data', (d) => {
    err += String(d);
  });
  const done = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => err, done };
}

/** Resolve when `test()` holds, polling every 50 ms (rejects after `ms`). */
export async function until(test: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('等待超时');
    await new Promise((r) => setTimeout(r, 50));
  }
}
