import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plainSlugSidecar, sidecarReader, sourceSidecar } from '../scripts/lib/content.ts';

describe('sidecarReader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sidecar-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'a.txt'), '甲');
  writeFileSync(join(dir, 'a.meta.yaml'), 'slug: aa\nurl: https://example.org/a\n');
  writeFileSync(join(dir, 'b.txt'), '乙');
  writeFileSync(join(dir, 'c.txt'), '丙');
  symlinkSync(join(dir, 'missing.yaml'), join(dir, 'c.meta.yaml'));

  it('reads the same sidecars as sourceSidecar, listing each folder once', () => {
    const read = sidecarReader();
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) {
      expect(read(join(dir, name))).toEqual(sourceSidecar(join(dir, name)));
    }
    expect(read(join(dir, 'a.txt'))).toEqual({ slug: 'aa', url: 'https://example.org/a' });
    expect(read(join(dir, 'nowhere', 'x.txt'))).toEqual({});
  });
});

describe('plainSlugSidecar', () => {
  it('reads a sidecar only as YAML and the schema read it', async () => {
    const { parseDocument } = await import('yaml');
    const fc = (await import('fast-check')).default;
    const line = fc.constantFrom(
      '',
      '# 生成的来源',
      '#',
      'slug: g0002',
      'slug: a-b',
      'slug: true',
      'slug: null',
      'slug: x1',
      'slug: 1x',
      'slug: a--b',
      'slug:  a',
      'slug: a ',
      ' slug: a',
      'url: https://example.org/a',
      'retrieved: 2024-01-02',
      '# a\rslug: b',
      '\ufeff# c',
      'slug: a # c',
      '---',
      'slug: "a"',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), (lines) => {
        const text = lines.join('\n');
        const fast = plainSlugSidecar(text);
        if (fast === undefined) return;
        const doc = parseDocument(text, { uniqueKeys: true });
        expect(doc.errors).toEqual([]);
        expect(doc.toJS()).toEqual(fast);
        expect(fast.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
      { numRuns: 2000 },
    );
    expect(plainSlugSidecar('# 生成的来源（npm run gen:corpus）\nslug: g0002\n')).toEqual({ slug: 'g0002' });
    expect(plainSlugSidecar('slug: g1\nurl: https://example.org/a\n')).toBeUndefined();
  });
});
