import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sidecarReader, sourceSidecar } from '../scripts/lib/content.ts';

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
