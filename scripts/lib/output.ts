import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataFileError } from './data-file.ts';

/** The lock of the one build allowed at a time: `{ pid, started }` of its owner. */
export const LOCK = '.cache/build.lock';
/** Where a build writes its site before it replaces dist/, and keeps what it replaced until it succeeds. */
export const STAGE = '.tmp/build';
/** The published site. */
export const DIST = 'dist';
/** Folders a build regenerates from content/ besides dist/: restored as they were when a build fails. */
export const GENERATED = ['content/generated', 'src/content/docs/themes', 'src/content/docs/curricula'];

const JOURNAL = 'journal.json';
const COMMITTED = 'committed';

interface Owner {
  pid: number;
  started: string;
}

function readOwner(file: string): Owner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Owner;
    return Number.isInteger(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take the build lock, or throw (in Chinese) when a live process holds it. A
 * lock whose owner is gone (a killed build) is taken over (`removeStale`), so
 * of several builds taking over at once only one gets it. Returns the release
 * function (also run on exit).
 */
export function acquireLock(log: (line: string) => void, file = LOCK): () => void {
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      writeFileSync(file, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }), { flag: 'wx' });
      const release = () => {
        if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (owner && alive(owner.pid)) {
      throw new DataFileError(
        file,
        undefined,
        `另一个构建正在运行（进程 ${owner.pid}，开始于 ${owner.started}）。请等它结束后再构建；若确认该进程已不存在，删除这个文件后重试。`,
      );
    }
    // An unreadable lock may be one a build has just created and not yet written.
    if ((owner || leftBehind(file)) && removeStale(file, owner))
      log(`上次构建（进程 ${owner?.pid ?? '未知'}）没有正常结束，已接管它留下的锁 ${file}。`);
    else pause(PAUSE_MS);
  }
  throw new DataFileError(file, undefined, '无法取得构建锁：另一个构建刚刚开始。请等它结束后再构建。');
}

/** Tries at the lock, and the pause between two that found it being taken over. */
const ATTEMPTS = 20;
const PAUSE_MS = 25;
/** Age after which an unreadable lock (or takeover mark) is one a killed build left, not one being written. */
const LEFT_BEHIND_MS = 10_000;

/**
 * Remove the lock `file` if it still names `owner` (gone), holding the mark
 * `<file>.takeover` meanwhile: no two builds remove at once, and none removes
 * a lock another build took in between (a live lock is never moved). False
 * when another build holds the mark or the lock changed.
 */
function removeStale(file: string, owner: Owner | undefined): boolean {
  const mark = `${file}.takeover`;
  try {
    writeFileSync(mark, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = readOwner(mark);
    if (holder ? !alive(holder.pid) : leftBehind(mark)) rmSync(mark, { force: true });
    return false;
  }
  try {
    const now = readOwner(file);
    if (!existsSync(file) || now?.pid !== owner?.pid || (!now && !leftBehind(file))) return false;
    rmSync(file, { force: true });
    return true;
  } finally {
    rmSync(mark, { force: true });
  }
}

/** Whether `file` was last written long enough ago to be left by a killed build. */
function leftBehind(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs > LEFT_BEHIND_MS;
  } catch {
    return false;
  }
}

/** Wait `ms` milliseconds, synchronously (taking the lock happens before anything else runs). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * A build's output, staged: `begin` moves the generated folders aside (the
 * build writes them afresh), the site is built into `dist` (a fresh folder),
 * `commit` swaps it for dist/, `abort` puts the generated folders back. A
 * build killed half-way is undone by the next `begin` (see `recover`).
 */
export class Staging {
  readonly root: string;
  readonly dist: string;

  constructor(root = STAGE) {
    this.root = root;
    this.dist = join(root, 'dist');
  }

  /** Undo a killed build, then set aside the generated folders. Returns what recovery said, if anything. */
  begin(): string | undefined {
    const recovered = recover(this.root);
    rmSync(this.root, { recursive: true, force: true });
    mkdirSync(join(this.root, 'previous'), { recursive: true });
    // The journal first: recovery trusts only folders it finds under previous/.
    const existed = GENERATED.filter((dir) => existsSync(dir));
    writeFileSync(join(this.root, JOURNAL), JSON.stringify({ existed }));
    for (const dir of existed) {
      mkdirSync(dirname(join(this.root, 'previous', dir)), { recursive: true });
      renameSync(dir, join(this.root, 'previous', dir));
    }
    return recovered;
  }

  /** Replace dist/ by the staged site; drop what the build replaced. */
  commit(): void {
    const previous = join(this.root, 'dist.previous');
    if (existsSync(DIST)) renameSync(DIST, previous);
    renameSync(this.dist, DIST);
    writeFileSync(join(this.root, COMMITTED), '');
    rmSync(this.root, { recursive: true, force: true });
  }

  /** Put back the generated folders as they were before the build; dist/ was never touched. */
  abort(): void {
    recover(this.root);
  }
}

/**
 * Bring back what an unfinished build set aside: dist/ if it was between the
 * two renames of `commit`, and the generated folders. Removes the stage.
 * Returns a sentence for the log when there was anything to undo.
 */
export function recover(root = STAGE): string | undefined {
  if (!existsSync(root)) return undefined;
  let undone = false;
  if (!existsSync(join(root, COMMITTED))) {
    const previous = join(root, 'dist.previous');
    if (!existsSync(DIST) && existsSync(previous)) renameSync(previous, DIST);
    let existed: string[] = [];
    try {
      existed = (JSON.parse(readFileSync(join(root, JOURNAL), 'utf8')) as { existed: string[] }).existed;
    } catch {
      // no journal: nothing was moved yet
    }
    for (const dir of GENERATED) {
      const kept = join(root, 'previous', dir);
      if (existsSync(kept)) {
        rmSync(dir, { recursive: true, force: true });
        renameSync(kept, dir);
        undone = true;
      } else if (existsSync(join(root, JOURNAL)) && !existed.includes(dir)) {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  rmSync(root, { recursive: true, force: true });
  return undone ? `已恢复上次成功构建时的 ${GENERATED.join('、')}；dist/ 未被改动。` : undefined;
}
