import { spawn } from 'node:child_process';

/** Runs `node scripts/build.ts` in `cwd` and collects its output; never throws (a failure is the exit code). */
export function runBuild(cwd = process.cwd()): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
    child.on('error', (error) => resolve({ code: -1, output: String(error) }));
  });
}
