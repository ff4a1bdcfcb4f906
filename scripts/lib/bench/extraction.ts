/**
 * `npm run bench` rows for the file formats: the front door's extraction of
 * a fixture against the bare library call on the same bytes (mammoth's raw
 * text, pdfjs's text content of every page, Readability on linkedom,
 * word-extractor), in this process, after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import WordExtractor from 'word-extractor';
import { extract } from '../../../src/analyzer/index.ts';
import { decodeHtml } from '../../../src/analyzer/source/extract/html-charset.ts';
import { htmlPart } from '../../../src/analyzer/source/extract/mhtml.ts';
import { readPdf } from '../../../src/analyzer/source/extract/pdf.ts';

const FIXTURES = 'tests/fixtures/formats';

/** Each format's fixture and its bare library call. */
const CASES: { format: string; file: string; raw: (bytes: Uint8Array) => Promise<unknown> }[] = [
  { format: 'docx', file: 'sample.docx', raw: (b) => mammoth.extractRawText({ buffer: Buffer.from(b) }) },
  { format: 'pdf', file: 'sample.pdf', raw: (b) => readPdf(b) },
  { format: 'html', file: 'gov.html', raw: async (b) => readability(decodeHtml(b).text) },
  { format: 'html（GBK）', file: 'gov-gbk.htm', raw: async (b) => readability(decodeHtml(b).text) },
  // The page inside the single file, as Readability would be given it (finding and decoding it is ours).
  { format: 'mhtml', file: 'wechat.mhtml', raw: async (b) => readability(htmlPart(b)?.html ?? '') },
  { format: 'doc', file: 'word-extractor/test11.doc', raw: (b) => new WordExtractor().extract(Buffer.from(b)) },
];

function readability(html: string): unknown {
  return new Readability(parseHTML(html).document as unknown as Document).parse();
}

export interface FormatFigures {
  format: string;
  file: string;
  kb: number;
  extractMBs: number;
  rawMBs: number;
  /** Extraction throughput over the library call's, median of paired rounds. */
  ratio: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Time both, pair by pair, at least `runs` rounds and `minMs` of extraction. */
export async function measureFormats(runs: number, minMs = 1000): Promise<FormatFigures[]> {
  const out: FormatFigures[] = [];
  for (const c of CASES) {
    const bytes = new Uint8Array(readFileSync(`${FIXTURES}/${c.file}`));
    const mb = bytes.length / 1024 / 1024;
    const round = async (): Promise<[number, number]> => {
      let t = performance.now();
      await c.raw(bytes);
      const raw = performance.now() - t;
      t = performance.now();
      const r = await extract(c.file, bytes);
      if (!r.ok) throw new Error(r.diagnostics[0].message);
      return [raw, performance.now() - t];
    };
    await round(); // warm-up: JIT, the libraries' own caches
    const raws: number[] = [];
    const ours: number[] = [];
    for (let spent = 0; raws.length < runs || spent < minMs; ) {
      const [raw, own] = await round();
      raws.push(raw);
      ours.push(own);
      spent += own;
    }
    out.push({
      format: c.format,
      file: c.file,
      kb: bytes.length / 1024,
      extractMBs: mb / (median(ours) / 1000),
      rawMBs: mb / (median(raws) / 1000),
      ratio: median(raws.map((r, i) => r / ours[i])),
    });
  }
  return out;
}

/** The report's table of the formats. */
export function formatRows(figures: readonly FormatFigures[]): string {
  return [
    '| 格式 | 文件 | KB | 提取 MB/s | 库 MB/s | 提取/库 |',
    '|---|---|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${f.format} | ${f.file} | ${f.kb.toFixed(0)} | ${f.extractMBs.toFixed(2)} | ${f.rawMBs.toFixed(2)} | **${(f.ratio * 100).toFixed(0)}%** |`,
    ),
  ].join('\n');
}
