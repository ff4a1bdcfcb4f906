import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSources, sidecarPath, sourceSidecar } from '../../scripts/lib/content.ts';
import { buildCorpus } from '../../scripts/lib/corpus.ts';
import { content, SEED_PATH } from '../helpers.ts';
import { FIXTURES } from './helpers.ts';

describe('one front door for every format', () => {
  it('lists the formats it reads or refuses, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccpb-door-'));
    for (const name of [
      'a.txt',
      'b.docx',
      'c.PDF',
      'd.html',
      'e.htm',
      'f.mhtml',
      'g.doc',
      'h.caj',
      'i.wps',
      'j.png',
      'a.meta.yaml',
    ]) {
      writeFileSync(join(dir, name), 'x');
    }
    expect(listSources([dir]).map((p) => p.split('/').pop())).toEqual([
      'a.txt',
      'b.docx',
      'c.PDF',
      'd.html',
      'e.htm',
      'f.mhtml',
      'g.doc',
      'h.caj',
      'i.wps',
    ]);
  });

  it('reads a sidecar given by name as its source’s (a shell’s * gives both)', () => {
    const meta = SEED_PATH.replace(/\.txt$/, '.meta.yaml');
    expect(listSources([SEED_PATH, meta])).toEqual([SEED_PATH]);
    expect(listSources([meta])).toEqual([SEED_PATH]);
  });

  it('finds the sidecar of a Word, PDF or web-page source beside it', async () => {
    expect(sidecarPath('x/报告.docx')).toBe('x/报告.meta.yaml');
    expect(sidecarPath('x/报告.txt')).toBe('x/报告.meta.yaml');
    const dir = mkdtempSync(join(tmpdir(), 'ccpb-door-'));
    const file = join(dir, '调研报告.docx');
    copyFileSync(join(FIXTURES, 'small.docx'), file);
    writeFileSync(join(dir, '调研报告.meta.yaml'), 'slug: dybg\nretrieved: 2024-03-01\n');
    expect(sourceSidecar(file)).toEqual({ slug: 'dybg', retrieved: '2024-03-01' });
    const corpus = await buildCorpus([file], content);
    expect(corpus.sources[0]).toMatchObject({ slug: 'dybg', format: 'docx', metadata: { retrieved: '2024-03-01' } });
    expect(corpus.sources[0].extraction?.removed.map((r) => r.kind)).toEqual(['footnote']);
  });
});
