import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../src/analyzer/types.ts';
import { loadContent } from '../scripts/lib/content.ts';
import { buildCorpus } from '../scripts/lib/corpus.ts';
import { checkCorpus } from '../scripts/lib/gen/check.ts';
import { generateCorpus, type GeneratedFile, type Oracle } from '../scripts/lib/gen/corpus.ts';
import { buildPool } from '../scripts/lib/gen/pool.ts';

/**
 * The synthetic corpus (`npm run gen:corpus`): files in the sample's formats,
 * recombined from the sample's real items, with an oracle of what each
 * article holds. The analyzer, run as the build runs it, must find exactly
 * that.
 */
const SCRIPT = resolve('scripts/gen-corpus.ts');
const SEED = 20240715;
const content = loadContent('content');
const pool = buildPool(['content/sources'], content);
const ROLES = ['problem', 'cause', 'countermeasure'] as const;

function generateCli(out: string, articles: number, seed: number | string) {
  const r = spawnSync(
    process.execPath,
    [SCRIPT, '--articles', String(articles), '--seed', String(seed), '--out', out],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return r;
}

function readOracle(dir: string): Oracle {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Oracle;
}

function analyzeDir(dir: string, oracle: Oracle): Promise<Corpus> {
  return buildCorpus(
    oracle.files.map((f) => join(dir, f.file)),
    content,
  );
}

function writeFiles(files: GeneratedFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'gen-corpus-'));
  for (const f of files) {
    writeFileSync(join(dir, f.name), f.bytes);
    if (f.meta) writeFileSync(join(dir, f.name.replace(/\.txt$/, '.meta.yaml')), f.meta);
  }
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'hex')]),
  );
}

describe('npm run gen:corpus: 200 articles, analyzed as the build does', () => {
  let dir: string;
  let oracle: Oracle;
  let corpus: Corpus;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gen-corpus-'));
    generateCli(dir, 200, SEED);
    oracle = readOracle(dir);
    corpus = await analyzeDir(dir, oracle);
  }, 60_000);

  it('writes source files, their .meta.yaml and expected.json', () => {
    const names = readdirSync(dir);
    expect(names).toContain('expected.json');
    expect(names.filter((n) => n.endsWith('.txt'))).toEqual(oracle.files.map((f) => f.file));
    for (const f of oracle.files) {
      expect(f.file).toMatch(/^gen-\d{4}\.txt$/);
      const meta = names.includes(f.file.replace(/\.txt$/, '.meta.yaml'));
      expect(f.slug).toBe(meta ? f.file.replace(/^gen-(\d+)\.txt$/, 'g$1') : f.file.replace(/\.txt$/, ''));
    }
    expect(oracle.articles).toBe(200);
    expect(oracle.totals.articles).toBe(200);
  });

  it('finds every article, under the slug the oracle gives', () => {
    expect(corpus.failures).toEqual([]);
    expect(corpus.sources.flatMap((s) => s.articles)).toHaveLength(200);
    expect(corpus.sources.map((s) => [s.path.split('/').pop(), s.slug])).toEqual(
      oracle.files.map((f) => [f.file, f.slug]),
    );
    for (const [i, source] of corpus.sources.entries()) {
      expect(source.articles.map((a) => a.slug)).toEqual(oracle.files[i].articles.map((a) => a.slug));
    }
  });

  it('counts the problems, causes and countermeasures of every article exactly', () => {
    const articles = new Map(corpus.sources.flatMap((s) => s.articles).map((a) => [a.slug, a]));
    let exact = 0;
    for (const want of oracle.files.flatMap((f) => f.articles)) {
      const got = articles.get(want.slug)!;
      const counts = Object.fromEntries(ROLES.map((r) => [r, got.items.filter((i) => i.role === r).length]));
      expect(counts, want.slug).toEqual(want.counts);
      if (ROLES.every((r) => counts[r] === want.counts[r])) exact++;
    }
    expect(exact).toBe(200);
  });

  it('finds the items by title, role and order', () => {
    const articles = new Map(corpus.sources.flatMap((s) => s.articles).map((a) => [a.slug, a]));
    for (const want of oracle.files.flatMap((f) => f.articles)) {
      const got = articles.get(want.slug)!;
      expect(
        got.items.map((i) => [i.role, i.title]),
        want.slug,
      ).toEqual(want.items.map((i) => [i.role, i.title]));
    }
    const totals = corpus.sources.flatMap((s) => s.articles).flatMap((a) => a.items);
    for (const role of ROLES) expect(totals.filter((i) => i.role === role)).toHaveLength(oracle.totals[role]);
  });

  it('agrees on the rest too: sub-points, explicit pairs, metadata, cleaning', () => {
    const agreement = checkCorpus(corpus, oracle);
    expect(agreement.mismatches).toEqual([]);
    expect(agreement.exact).toBe(200);
  });

  it('loses no character of any generated source', () => {
    for (const s of corpus.sources)
      expect(
        s.warnings.filter((w) => w.code === 'internal.lost-text'),
        s.path,
      ).toEqual([]);
  });

  it('covers the formats of the sample, and forms of the development corpus', () => {
    const tags = Object.keys(oracle.coverage);
    for (const tag of [
      'file:compilation',
      'file:single',
      'split:篇X',
      'furniture:page-header',
      'furniture:trailer',
      'numbering:一、',
      'numbering:一,',
      'numbering:(一)',
      'numbering:（一）',
      'numbering:1.',
      'numbering:1、',
      'numbering:一是-paragraphs',
      'numbering:首先-paragraphs',
      'numbering:lead-in-then-首先-paragraphs',
      'numbering:再者',
      'numbering:一是-run-after-lead-in',
      'numbering:role-line',
      'inline:一是',
      'section:problems+causes',
      'section:areas',
      'section:context',
      'heading:own-line',
      'heading:run-in',
      'heading:glued',
      'layout:glued-sections',
      'meta:card',
      'meta:masthead',
      'meta:title',
      'abstract-only',
      'abstract:lists',
      'furniture:page-numbers',
      'furniture:page-number-at-line-end',
      'furniture:junk-line',
      'furniture:excerpt-notice',
      'layout:hard-wrap',
      'layout:flattened',
      'artifact:冶',
      'conclusion:paragraph',
    ]) {
      expect(tags, tag).toContain(tag);
    }
    expect(tags.some((t) => t.startsWith('numbering:问题一:') || t.startsWith('numbering:问题一：'))).toBe(true);
    expect(tags.some((t) => t.startsWith('subitems:'))).toBe(true);
    expect(tags.filter((t) => t.startsWith('hard:')).length).toBeGreaterThan(0);
    const sizes = oracle.files.map((f) => f.articles.length);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(6);
  });

  it('is deterministic: the same seed gives the same bytes (in another process too), another seed other files', () => {
    const regenerated = generateCorpus({ articles: 200, seed: SEED, pool, rules: content.rules });
    const again = writeFiles(regenerated.files);
    writeFileSync(join(again, 'expected.json'), `${JSON.stringify(regenerated.oracle, null, 2)}\n`);
    expect(snapshot(again)).toEqual(snapshot(dir));
    const other = snapshot(
      writeFiles(generateCorpus({ articles: 200, seed: SEED + 1, pool, rules: content.rules }).files),
    );
    const same = Object.entries(snapshot(dir)).filter(
      ([name, bytes]) => name.endsWith('.txt') && other[name] === bytes,
    );
    expect(same).toEqual([]);
  });
});

describe('the command line', () => {
  it('takes a seed written as a word, and replaces the files it wrote before', () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-corpus-'));
    writeFileSync(join(out, 'notes.txt'), 'not generated');
    generateCli(out, 12, 'spring');
    const r = generateCli(out, 3, 'spring');
    expect(r.stderr).toContain('已生成 3 篇文章');
    const names = readdirSync(out);
    expect(names).toContain('notes.txt');
    expect(readOracle(out).articles).toBe(3);
    expect(names.filter((n) => n.startsWith('gen-') && n.endsWith('.txt'))).toEqual(
      readOracle(out).files.map((f) => f.file),
    );
  });

  it('explains its usage when --out is missing', () => {
    const r = spawnSync(process.execPath, [SCRIPT, '--articles', '5'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('缺少 --out');
  });
});

describe('the oracle holds for any seed', () => {
  for (const seed of [1, 22, 333, 4444, 55555]) {
    it(`seed ${seed}: 20 articles`, async () => {
      const { files, oracle } = generateCorpus({ articles: 20, seed, pool, rules: content.rules });
      expect(oracle.totals.articles).toBe(20);
      const dir = writeFiles(files);
      const corpus = await analyzeDir(dir, oracle);
      expect(corpus.failures).toEqual([]);
      const agreement = checkCorpus(corpus, oracle);
      expect(agreement.mismatches).toEqual([]);
      expect(agreement.exact).toBe(20);
    });
  }
});
