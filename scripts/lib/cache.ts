import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../../src/analyzer/index.ts';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Files whose change changes every analysis: the analyzer itself and the data people edit. */
function fingerprintFiles(root: string): string[] {
  const list = (dir: string, ext: RegExp): string[] => {
    try {
      return readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => ext.test(f))
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  };
  return [
    ...list(join(root, 'src', 'analyzer'), /\.ts$/),
    ...list(join(root, 'content'), /^[^/\\]+\.yaml$/),
    ...list(join(root, 'content', 'dict'), /\.txt$/),
    join(root, 'package-lock.json'),
  ].sort();
}

/**
 * Cached per-source analyses, so editing one source of many re-analyzes one.
 * An entry is keyed by the hash of the source's bytes, its path and slug,
 * and a fingerprint of the analyzer code and every data file (codebook,
 * dictionary, corrections, overrides, rules…). An entry that does not parse
 * or whose checksum does not match is treated as missing and rebuilt.
 */
export class AnalysisCache {
  readonly dir: string;
  readonly stats = { hits: 0, misses: 0, corrupt: 0, unwritten: 0 };
  /** Why the last entry could not be written (a full disk, no permission), for the build log. */
  unwritable: unknown;
  private readonly fingerprint: string;
  private readonly used = new Set<string>();

  constructor(dir = '.cache/analysis', root = '.') {
    this.dir = dir;
    this.fingerprint = sha256(
      fingerprintFiles(root)
        .map((f) => {
          try {
            return `${f}\n${sha256(readFileSync(f))}`;
          } catch {
            return `${f}\n-`;
          }
        })
        .join('\n'),
    );
  }

  /** The key of one source's analysis. */
  key(path: string, slug: string, bytes: Uint8Array): string {
    return sha256(`${this.fingerprint}\n${path}\n${slug}\n${sha256(bytes)}`);
  }

  /** The cached analysis, or undefined when missing, stale or corrupt. */
  get(key: string): Source | undefined {
    this.used.add(key);
    let raw: string;
    try {
      raw = readFileSync(this.file(key), 'utf8');
    } catch {
      this.stats.misses++;
      return undefined;
    }
    try {
      // A header line, then the analysis as JSON: the text is parsed once, not unescaped from inside a string first.
      const newline = raw.indexOf('\n');
      const entry = JSON.parse(raw.slice(0, newline)) as { key: string; checksum: string };
      const source = raw.slice(newline + 1);
      if (newline > 0 && entry.key === key && sha256(source) === entry.checksum) {
        this.stats.hits++;
        return JSON.parse(source) as Source;
      }
    } catch {
      // fall through: a torn or edited file is rebuilt, never served
    }
    this.stats.corrupt++;
    return undefined;
  }

  /** Store an analysis; a cache that cannot be written (full disk) only costs the next build time. */
  set(key: string, source: Source): void {
    this.used.add(key);
    const text = JSON.stringify(source);
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(this.file(key), `${JSON.stringify({ key, checksum: sha256(text) })}\n${text}`);
    } catch (error) {
      // A torn entry fails its checksum and is rebuilt; remove it anyway to free the space.
      try {
        rmSync(this.file(key), { force: true });
      } catch {
        // nothing there to remove
      }
      this.stats.unwritten++;
      this.unwritable = error;
    }
  }

  /** Remove entries this run did not use (sources deleted or changed). */
  prune(): number {
    let removed = 0;
    try {
      for (const name of readdirSync(this.dir)) {
        if (this.used.has(name.replace(/\.json$/, ''))) continue;
        const file = join(this.dir, name);
        if (statSync(file).isFile()) {
          rmSync(file);
          removed++;
        }
      }
    } catch {
      // no cache folder yet
    }
    return removed;
  }

  private file(key: string): string {
    return join(this.dir, `${key}.json`);
  }
}
