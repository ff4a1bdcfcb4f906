/**
 * Loaded with `node --import ./tests/deny-read.ts` into a command under test: every read of a path listed in
 * `DENY_READ` (separated by the platform's path delimiter) fails with EACCES, worded and coded as the operating
 * system reports it. This reproduces an unreadable file even as root, whom `chmod 000` does not stop (CI runs as
 * root). It patches the `node:fs` functions the scripts read with, and re-exports them to ES module imports.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { delimiter, resolve } from 'node:path';

const denied = new Set(
  (process.env.DENY_READ ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((p) => resolve(p)),
);

/** An EACCES error as `fs` throws it (`code`, `errno`, `syscall`, `path`). */
function eacces(syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${path}'`), {
    errno: -13,
    code: 'EACCES',
    syscall,
    path,
  });
}

type Reader = (path: unknown, ...rest: unknown[]) => unknown;

function deny(name: 'readFileSync' | 'openSync' | 'readdirSync', syscall: string): void {
  const original = fs[name] as unknown as Reader;
  const guarded: Reader = (path, ...rest) => {
    if (typeof path === 'string' && denied.has(resolve(path))) {
      process.stderr.write(`[deny-read] ${syscall} ${path}\n`);
      throw eacces(syscall, path);
    }
    return original(path, ...rest);
  };
  (fs as unknown as Record<string, Reader>)[name] = guarded;
}

deny('readFileSync', 'open');
deny('openSync', 'open');
deny('readdirSync', 'scandir');
syncBuiltinESMExports();
