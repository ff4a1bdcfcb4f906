import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, itemsCsv, linksCsv } from '../src/analyzer/index.ts';
import { withEscapedTitle } from '../src/lib/head.ts';
import { parseCsv } from './csv-read.ts';
import { runScript, scratchSite } from './scratch-site.ts';

const HOSTILE = '经费</title><script>alert(1)</script>" & x';

describe('CSV cells for Excel and WPS (OWASP formula injection)', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])('%j gets a leading apostrophe', (cell) => {
    const written = csvCell(cell);
    expect(parseCsv(`${written}\r\n`)[0][0]).toBe(`'${cell}`);
  });

  it('leaves other cells as they are, quoting only where needed', () => {
    expect(csvCell('社区党建')).toBe('社区党建');
    expect(csvCell('甲,乙')).toBe('"甲,乙"');
    expect(csvCell('说"明"')).toBe('"说""明"""');
    expect(csvCell('0.500')).toBe('0.500');
  });

  it('round-trips any rows, and no cell read back starts a formula', () => {
    const cell = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', '甲', 'a', ' ') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const back = parseCsv(csvText(rows));
        expect(back).toEqual(rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))));
        for (const r of back) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('neutralises the links and items tables the analyzer writes', () => {
    const item = (id: string, title: string) => [id, { id, role: 'problem', title }] as const;
    const items = new Map([item('a', '=HYPERLINK("http://x","点")'), item('b', '@cmd')]);
    const link = { from: 'a', to: 'b', kind: 'lexical', score: 0.5, evidence: ['-2+3'], source: 'auto' };
    const csv = linksCsv([link] as never, items as never);
    const row = parseCsv(csv)[1];
    expect(row[2]).toBe(`'=HYPERLINK("http://x","点")`);
    expect(row[5]).toBe("'@cmd");
    expect(row[8]).toBe("'-2+3");
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const article = {
      slug: 'x-1',
      metadata: { title: { value: '+标题' } },
      items: [{ ...items.get('a'), ordinal: 1, text: '正文', themes: [] }],
    };
    const rows = parseCsv(itemsCsv({ sources: [{ articles: [article] }], links: [link] } as never, new Map()));
    expect(rows[0]).toEqual(['条目', '文章', '篇名', '角色', '序号', '标题', '议题', '关联条目', '正文']);
    expect(rows[1]).toEqual(['a', 'x-1', "'+标题", '问题', '1', `'=HYPERLINK("http://x","点")`, '', 'b', '正文']);
  });
});

describe('person-written names in the head', () => {
  it('a title is escaped (Starlight writes head content as HTML)', () => {
    const [title] = withEscapedTitle([{ tag: 'title', attrs: {}, content: HOSTILE }]);
    expect(title.content).toBe('经费&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;" &amp; x');
  });

  it('a codebook theme named with </title><script> runs on no page of a real build', () => {
    const dir = scratchSite();
    const codebook = join(dir, 'content/codebook.yaml');
    const text = readFileSync(codebook, 'utf8');
    writeFileSync(codebook, text.replace(/(\n {2}- id: funding-venues\n {4}name: ).*/, `$1'${HOSTILE}'`));
    const r = runScript(dir, 'build.ts');
    expect(r.code, r.stderr).toBe(0);
    const pages = readdirSync(join(dir, 'dist'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'));
    let titled = 0;
    for (const page of pages) {
      const html = readFileSync(join(dir, 'dist', page), 'utf8');
      const scripts: string[] = [];
      const titles: string[] = [];
      // The page's own <title>; an SVG chart's <title> elements are its captions, not the page's.
      const walk = (node: { tagName?: string; children?: unknown[]; type: string; value?: string }, inSvg = false) => {
        const text = () => (node.children ?? []).map((c) => (c as { value?: string }).value ?? '').join('');
        if (node.tagName === 'script') scripts.push(text());
        if (node.tagName === 'title' && !inSvg) titles.push(text());
        for (const child of (node.children ?? []) as (typeof node)[]) walk(child, inSvg || node.tagName === 'svg');
      };
      walk(htmlToHast(html) as never);
      for (const s of scripts) expect(s, page).not.toContain('alert(1)');
      expect(titles, page).toHaveLength(1);
      if (titles[0].includes(HOSTILE)) titled++;
    }
    expect(titled).toBeGreaterThanOrEqual(3); // the theme, its study pack and its matrix row
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
