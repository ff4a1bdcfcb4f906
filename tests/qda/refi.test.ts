import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { analyzeCorpus, type Corpus } from '../../src/analyzer/index.ts';
import { guids } from '../../src/qda/refi.ts';
import { codePointIndex } from '../../src/qda/offsets.ts';
import { qdcText, qdpxBytes } from '../../scripts/lib/qda-files.ts';
import { analyzeText, corpusOptions, seedCorpus } from '../analyze-helpers.ts';

const schema = (name: string) => ({ fileName: name, contents: readFileSync(`src/qda/xsd/${name}`, 'utf8') });

/** The xmllint messages for `xml` against the XSD; empty when it is valid. */
async function errors(xml: string, xsd: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'export.xml', contents: xml }], schema: [schema(xsd)] });
  return result.errors.map((e) => e.rawMessage);
}

function fixtureCorpus(): Corpus {
  const text = readFileSync('tests/fixtures/qda/astral-traditional.txt', 'utf8');
  const result = analyzeText(text, 'qda', 'astral-traditional.txt');
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return analyzeCorpus([result.source], [], corpusOptions()).corpus;
}

const fixture = fixtureCorpus();
const seed = await seedCorpus();

describe('REFI-QDA export', () => {
  it('writes a codebook valid against Codebook.xsd', async () => {
    expect(await errors(qdcText(seed), 'Codebook.xsd')).toEqual([]);
  });

  it('has a validator that rejects a broken project', async () => {
    const zip = await JSZip.loadAsync(await qdpxBytes(fixture));
    const qde = await zip.file('project.qde')!.async('string');
    const broken = qde.replace(/startPosition="\d+"/, 'startPosition="x"');
    expect(await errors(broken, 'Project-mrt2019.xsd')).not.toEqual([]);
    expect(await errors(qdcText(seed).replace('isCodable="true"', ''), 'Codebook.xsd')).not.toEqual([]);
  });

  it.each([
    ['fixture', fixture],
    ['seed', seed],
  ])('writes a %s project valid against Project-mrt2019.xsd', async (_, corpus) => {
    const zip = await JSZip.loadAsync(await qdpxBytes(corpus));
    expect(await errors(await zip.file('project.qde')!.async('string'), 'Project-mrt2019.xsd')).toEqual([]);
  });

  it('counts selection offsets in code points, so astral characters do not shift them', async () => {
    expect(fixture.sources[0].traditional).toBe(true);
    const zip = await JSZip.loadAsync(await qdpxBytes(fixture));
    const qde = await zip.file('project.qde')!.async('string');
    const article = fixture.sources[0].articles[0];
    const bytes = await zip.file(`sources/${guids.article(article.slug)}.txt`)!.async('uint8array');
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toBe(article.text);
    const points = Array.from(text);
    expect(points.length).toBeLessThan(text.length); // the fixture has astral characters
    for (const item of article.items) {
      const m = new RegExp(`name="${item.id}" startPosition="(\\d+)" endPosition="(\\d+)"`).exec(qde)!;
      expect(points.slice(Number(m[1]), Number(m[2])).join('')).toBe(text.slice(item.span.start, item.span.end));
    }
    expect(article.items.some((i) => /[\u{20000}-\u{2FFFF}]/u.test(text.slice(0, i.span.start)))).toBe(true);
  });

  it('is byte-identical when exported twice', async () => {
    expect(Buffer.from(await qdpxBytes(seed)).equals(Buffer.from(await qdpxBytes(seed)))).toBe(true);
  });
});

describe('code-point offsets', () => {
  it('convert both ways around surrogate pairs', () => {
    const text = 'a𠀀b𠮷c';
    const index = codePointIndex(text);
    expect(index.length).toBe(5);
    expect([0, 1, 3, 4, 6, 7].map(index.toCodePoint)).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map(index.toUtf16)).toEqual([0, 1, 3, 4, 6, 7]);
    expect(index.toUtf16(6)).toBeUndefined();
  });
});
