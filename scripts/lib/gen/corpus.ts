/**
 * A generated corpus: source files in the sample's formats and the oracle
 * (`expected.json`) saying what a careful reader finds in each article.
 *
 * Files are single articles or compilations (`工作总结` / title / `时间:… 阅读:`
 * header, `篇一:`…`篇N:` markers, `相关热词搜索:` / `版权所有:` trailer), laid
 * out the way scraped pages are (blank-line-separated and indented, plain, or
 * indented with ideographic spaces). Everything is drawn from one seeded
 * generator, so a seed fixes every byte.
 */
import iconv from 'iconv-lite';
import OpenCC from 'opencc-js/cn2t';
import type { Rules } from '../../../src/analyzer/index.ts';
import { buildArticle, type ExpectedArticle } from './article/index.ts';
import { damage, DEFAULT_DAMAGE, type DamageOptions } from './damage/index.ts';
import type { Pool } from './pool.ts';
import { Rng } from './prng.ts';
import { chineseNumeral, type ItemRole } from './text.ts';

export interface GeneratedFile {
  /** File name, e.g. `gen-0001.txt`. */
  name: string;
  /** The file's text, and its bytes as written (UTF-8, or GB18030 for some). */
  text: string;
  bytes: Uint8Array;
  /** Contents of `<name>.meta.yaml`, when the file has one. */
  meta?: string;
}

export interface ExpectedFile {
  file: string;
  /** The source slug the analyzer gives (from the .meta.yaml, else from the file name). */
  slug: string;
  format: string[];
  articles: ExpectedArticle[];
}

/** The oracle written to `expected.json`. */
export interface Oracle {
  generator: 'gen-corpus';
  seed: number;
  hardForms: boolean;
  articles: number;
  files: ExpectedFile[];
  totals: { files: number; articles: number } & Record<ItemRole, number>;
  /** How often each format feature occurs (articles or files using it). */
  coverage: Record<string, number>;
}

export interface GenerateOptions {
  articles: number;
  seed: number;
  pool: Pool;
  rules: Rules;
  damage?: DamageOptions;
  /** Also write the hard forms (tagged `hard:…`; on by default). */
  hardForms?: boolean;
  /** Share of files written in traditional characters (繁体), and of files encoded in GB18030. */
  traditional?: number;
  gb18030?: number;
}

let toTraditional: ((text: string) => string) | undefined;
const perChar = new Map<string, string>();

/** Simplified → traditional (Taiwan standard, phrase by phrase), as a traditional source would be written. */
function traditional(text: string): string {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTraditional(text);
}

/** Character by character: context-free, so a phrase converts the same wherever it stands. */
function traditionalChars(text: string): string {
  let out = '';
  for (const ch of text) {
    let t = perChar.get(ch);
    if (t === undefined) {
      const c = traditional(ch);
      t = [...c].length === 1 ? c : ch;
      perChar.set(ch, t);
    }
    out += t;
  }
  return out;
}

/**
 * A file converted to traditional characters, with a converter for the
 * strings the oracle states. Phrase conversion depends on context (`俊杰` may
 * become `俊傑` in one place and stay `俊杰` alone), so an oracle string is
 * read off the converted file where it stands; when that is not possible
 * (lengths change, or one string converts differently in two places), the
 * file is converted character by character instead.
 */
function convertFile(text: string, strings: readonly string[]): { text: string; convert: (s: string) => string } {
  const whole = traditional(text);
  if (whole.length === text.length) {
    const map = new Map<string, string>();
    const consistent = strings.every((s) => {
      let seen: string | undefined;
      for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) {
        const t = whole.slice(i, i + s.length);
        if (seen !== undefined && seen !== t) return false;
        seen = t;
      }
      if (seen === undefined) return false;
      map.set(s, seen);
      return true;
    });
    if (consistent) return { text: whole, convert: (s) => map.get(s)! };
  }
  return { text: traditionalChars(text), convert: traditionalChars };
}

type Layout = { name: string; sep: string; indent: string };
const LAYOUTS: Layout[] = [
  { name: 'layout:web', sep: '\n\n', indent: '  ' },
  { name: 'layout:plain', sep: '\n', indent: '' },
  { name: 'layout:ideographic-indent', sep: '\n', indent: '\u3000\u3000' },
];

const SECTIONS = ['工作总结', '心得体会', '调研报告', '党建材料', '工作计划', '范文大全'];
const COMPILATIONS = [
  '城市社区党建存在的问题及对策',
  '社区党建工作存在的问题及对策',
  '基层党建工作存在的问题及整改措施',
  '社区党建工作问题及对策',
];
const SITES = ['巨匠文档网', '星辰文档网', '好范文网', '易文库', '第一范文网'];
const PROVINCES = ['冀', '京', '渝', '川', '鄂', '湘'];

/** Generate `articles` articles in files. */
export function generateCorpus(options: GenerateOptions): { files: GeneratedFile[]; oracle: Oracle } {
  const rng = new Rng(options.seed);
  const files: GeneratedFile[] = [];
  const expected: ExpectedFile[] = [];
  let remaining = options.articles;
  while (remaining > 0) {
    const number = files.length + 1;
    const multi = remaining >= 2 && rng.chance(0.55);
    const count = multi ? Math.min(remaining, rng.int(2, 10)) : 1;
    const { file, oracle } = generateFile(rng.fork(), number, count, multi, options);
    files.push(file);
    expected.push(oracle);
    remaining -= count;
  }
  const totals = { files: files.length, articles: 0, problem: 0, cause: 0, countermeasure: 0 };
  const coverage: Record<string, number> = {};
  for (const f of expected) {
    for (const tag of f.format) coverage[tag] = (coverage[tag] ?? 0) + 1;
    for (const a of f.articles) {
      totals.articles++;
      for (const role of ['problem', 'cause', 'countermeasure'] as const) totals[role] += a.counts[role];
      for (const tag of new Set(a.format)) coverage[tag] = (coverage[tag] ?? 0) + 1;
    }
  }
  const sorted = Object.fromEntries(Object.entries(coverage).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    files,
    oracle: {
      generator: 'gen-corpus',
      seed: options.seed,
      hardForms: options.hardForms ?? true,
      articles: totals.articles,
      files: expected,
      totals,
      coverage: sorted,
    },
  };
}

function generateFile(
  rng: Rng,
  number: number,
  count: number,
  multi: boolean,
  options: GenerateOptions,
): { file: GeneratedFile; oracle: ExpectedFile } {
  const id = String(number).padStart(4, '0');
  const name = `gen-${id}.txt`;
  const withMeta = rng.chance(0.8);
  const slug = withMeta ? `g${id}` : `gen-${id}`;
  const layout = rng.pick(LAYOUTS);
  const format = [layout.name, multi ? 'file:compilation' : 'file:single'];
  const framed = multi || rng.chance(0.5);
  const isTraditional = rng.chance(options.traditional ?? 0.06);
  const gb = rng.chance(options.gb18030 ?? 0.08);
  const site = rng.pick(SITES);
  const base = rng.pick(COMPILATIONS);
  const colon = rng.chance(0.2) ? '：' : ':';
  const articles: ExpectedArticle[] = [];
  const pieces: string[][] = [];

  for (let i = 0; i < count; i++) {
    const r = rng.next();
    const kind = multi && r < 0.05 ? 'abstract-only' : r < 0.17 ? 'labelled' : 'numbered';
    const built = buildArticle(rng.fork(), options.pool, options.rules, {
      kind,
      hardForms: options.hardForms,
      traditional: isTraditional,
    });
    const trailerFollows = framed && i === count - 1;
    const damaged = damage(built.blocks, rng.fork(), options.rules, options.damage ?? DEFAULT_DAMAGE, trailerFollows);
    const piece = i + 1;
    articles.push({
      slug: multi ? `${slug}-${piece}` : slug,
      piece,
      ...built.expected,
      format: [...built.expected.format, ...damaged.format],
      pageNumbers: damaged.pageNumbers,
      pageFooters: damaged.pageFooters,
      quoteGlyph: damaged.quoteGlyph,
    });
    pieces.push(damaged.lines);
  }

  const lines = (list: string[]) => list.map((l) => layout.indent + l).join(layout.sep);
  let text = '';
  if (framed) {
    const title = multi ? `${base}${count}篇` : articles[0].metadata.title;
    const date = `${rng.int(2016, 2024)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))} ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`;
    const read = rng.chance(0.5) ? '' : String(rng.int(10, 9999));
    text += `${[rng.pick(SECTIONS), title, `时间:${date}  阅读:${read}`].join('\n\n')}\n\n`;
    format.push('furniture:page-header');
  }
  if (multi) {
    text += pieces
      .map((p, i) => `篇${chineseNumeral(i + 1)}${colon}${base}${layout.sep}${layout.indent}${layout.sep}${lines(p)}`)
      .join(layout.sep);
    format.push('split:篇X');
  } else {
    text += lines(pieces[0]);
  }
  if (framed) {
    const hot = [base, '对策', '社区党建', rng.pick(['城市', '基层', '党建'])].join(' ');
    text += `\n\n相关热词搜索: ${hot}\n\n版权所有:${site} 2010-2024 未经授权禁止复制或建立镜像[${site}]所有资源完全免费共享\n\n`;
    text += `Powered by ${site} © All Rights Reserved.。${rng.pick(PROVINCES)}ICP备${rng.int(10000000, 29999999)}号`;
    format.push('furniture:trailer');
  }
  text += '\n';
  if (isTraditional) {
    // The whole file in traditional characters; the oracle keeps the source's own characters too.
    const strings = articles.flatMap((a) => [
      ...a.items.map((i) => i.title),
      ...Object.values(a.metadata).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : [])),
    ]);
    const converted = convertFile(text, strings);
    text = converted.text;
    for (const a of articles) {
      for (const item of a.items) item.title = converted.convert(item.title);
      for (const [key, value] of Object.entries(a.metadata)) {
        const c =
          typeof value === 'string'
            ? converted.convert(value)
            : Array.isArray(value)
              ? value.map(converted.convert)
              : value;
        Object.assign(a.metadata, { [key]: c });
      }
    }
    format.push('script:traditional');
  }
  if (gb) format.push('encoding:gb18030');
  const bytes = gb ? new Uint8Array(iconv.encode(text, 'gb18030')) : new TextEncoder().encode(text);
  const file: GeneratedFile = { name, text, bytes };
  if (withMeta) file.meta = `# 生成的来源（npm run gen:corpus）\nslug: ${slug}\n`;
  return { file, oracle: { file: name, slug, format, articles } };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
