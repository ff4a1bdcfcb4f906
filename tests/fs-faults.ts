/**
 * Loaded with `node --import ./tests/fs-faults.ts` into a command under test, to reproduce file system failures
 * that cannot be made for real everywhere (CI runs as root, whom `chmod 000` does not stop; mounting a small disk
 * needs privileges):
 *   DENY_READ  paths (separated by the platform's path delimiter) whose reads fail with EACCES;
 *   FULL_DISK  a folder under which every file written fails with ENOSPC.
 * The errors are worded and coded as the operating system's (`code`, `errno`, `syscall`, `path`). The `node:fs`
 * functions the scripts use are replaced and re-exported to ES module imports; each failure is logged to stderr
 * (`[fs-faults] …`), so a test can check that it happened.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { delimiter, resolve, sep } from 'node:path';

const denied = new Set(
  (process.env.DENY_READ ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((p) => resolve(p)),
);
const full = process.env.FULL_DISK ? resolve(process.env.FULL_DISK) : undefined;

const ERRNO = { EACCES: [-13, 'permission denied'], ENOSPC: [-28, 'no space left on device'] } as const;

/** An error as `fs` throws it. */
function failure(code: keyof typeof ERRNO, syscall: string, path: string): NodeJS.ErrnoException {
  const [errno, words] = ERRNO[code];
  process.stderr.write(`[fs-faults] ${code} ${syscall} ${path}\n`);
  return Object.assign(new Error(`${code}: ${words}, ${syscall} '${path}'`), { errno, code, syscall, path });
}

type Fn = (...args: unknown[]) => unknown;

/** Replace `fs[name]`: `fails(args)` gives the error to throw, or undefined to call the original. */
function inject(name: string, fails: (args: unknown[]) => NodeJS.ErrnoException | undefined): void {
  const all = fs as unknown as Record<string, Fn>;
  const original = all[name];
  all[name] = (...args) => {
    const error = fails(args);
    if (error) throw error;
    return original(...args);
  };
}

const isDenied = (p: unknown) => typeof p === 'string' && denied.has(resolve(p));
const onFullDisk = (p: unknown) => full !== undefined && typeof p === 'string' && resolve(p).startsWith(full + sep);

inject('readFileSync', ([p]) => (isDenied(p) ? failure('EACCES', 'open', p as string) : undefined));
inject('openSync', ([p]) => (isDenied(p) ? failure('EACCES', 'open', p as string) : undefined));
inject('readdirSync', ([p]) => (isDenied(p) ? failure('EACCES', 'scandir', p as string) : undefined));
inject('writeFileSync', ([p]) => (onFullDisk(p) ? failure('ENOSPC', 'write', p as string) : undefined));
inject('copyFileSync', ([, to]) => (onFullDisk(to) ? failure('ENOSPC', 'copyfile', to as string) : undefined));
syncBuiltinESMExports();
