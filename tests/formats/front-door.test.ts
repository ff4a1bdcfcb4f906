import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

describe('npm run analyze with Word, PDF and refused files', () => {
  it('says how each source was read and names the file it could not read', () => {
    const r = spawnSync(
      process.execPath,
      [resolve('scripts/analyze.ts'), `${FIXTURES}/sample.pdf`, `${FIXTURES}/small.docx`, `${FIXTURES}/scanned.pdf`],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `# ${FIXTURES}/sample.pdf（pdf，提取时去掉：页眉 16 处、页码 16 处、只有图像的页 1 处，8 篇）`,
    );
    expect(r.stdout).toContain(`# ${FIXTURES}/small.docx（docx，提取时去掉：脚注 1 处，1 篇）`);
    expect(r.stdout).toContain('     （一）党员教育管理不到位  〔问题，条目 1〕');
    expect(r.stderr).toContain(
      `✗ ${FIXTURES}/scanned.pdf: scanned.pdf 是扫描件（只有图像，没有文字层），需要先做 OCR 文字识别。`,
    );
  });
});
