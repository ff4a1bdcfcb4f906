import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, loadSite, scanSources } from '../scripts/lib/content.ts';
import { buildCorpus, missingBecause } from '../scripts/lib/corpus.ts';
import { writeCurricula } from '../scripts/lib/curricula.ts';
import { systemMessage } from '../scripts/lib/data-file.ts';
import { formatBuildWarnings, formatFailures } from '../scripts/lib/report.ts';
import { MAX_SOURCE_BYTES, strayCorrections } from '../scripts/lib/source-checks.ts';
import { content, SEED_PATH, seedText } from './helpers.ts';

const root = mkdtempSync(join(tmpdir(), 'ccpb-refusals-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** A fresh folder of sources: name → text or bytes. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = join(root, `s${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const analyze = async (paths: string[]) => {
  const { sources, refused } = scanSources(paths);
  return await buildCorpus(sources, content, undefined, undefined, refused);
};
type Analyzed = Awaited<ReturnType<typeof analyze>>;
const messages = (corpus: Analyzed) => formatFailures(corpus);
const shape = (corpus: Analyzed) => corpus.sources[0].articles.map((a) => [a.slug, a.items.length, a.outline.length]);

describe('nothing in content/sources is skipped silently', () => {
  it('a spreadsheet, an orphan sidecar and a hidden file are listed with the reason; the seed is analyzed', async () => {
    const dir = folder({
      '甲.txt': seedText,
      '乙.xlsx': 'PK\u0003\u0004',
      '丙.meta.yaml': 'slug: b\n',
      '.DS_Store': 'x',
    });
    const corpus = await analyze([dir]);
    expect(corpus.sources).toHaveLength(1);
    const text = messages(corpus);
    expect(text).toContain('3 个文件未能分析');
    expect(text).toMatch(
      /乙\.xlsx: 格式“\.xlsx”不受支持，未分析。能读取的格式：\.txt（纯文本（\.txt））、\.docx（Word 文档（\.docx））/,
    );
    expect(text).toContain('丙.meta.yaml: 是旁注文件，但旁边没有同名的来源文件（丙.txt 等）');
    expect(text).toContain('.DS_Store: 是隐藏文件');
  });

  it('a symbolic link loop, a dangling link and a folder linking back are skipped with a message', async () => {
    const dir = folder({ '甲.txt': seedText });
    symlinkSync('环.txt', join(dir, '环.txt'));
    symlinkSync(join(dir, '不存在.txt'), join(dir, '断.txt'));
    symlinkSync(dir, join(dir, '回'));
    const corpus = await analyze([dir]);
    expect(corpus.sources).toHaveLength(1);
    const text = messages(corpus);
    expect(text).toContain('环.txt: 是循环的符号链接');
    expect(text).toContain('断.txt: 是指向不存在文件的符号链接');
    expect(text).toContain('回: 是指回已列出文件夹的符号链接');
  });

  it('two numbered collections in one file are refused, naming both lines', async () => {
    const twice = `${seedText}\n${seedText.slice(seedText.indexOf('篇一'))}`;
    const corpus = await analyze([folder({ '两组.txt': twice })]);
    expect(corpus.sources).toHaveLength(0);
    expect(messages(corpus)).toMatch(
      /两组\.txt:(\d+): 这一行的“篇一[^”]*”与第 (\d+) 行的“篇一[^”]*”篇号相同（文章标识都是 [a-z0-9-]+-1），未分析该文件/,
    );
  });

  it('CR-only and mixed line ends are line breaks: the same articles and items as LF', async () => {
    const lf = shape(await analyze([folder({ 'a.txt': seedText })]));
    const cr = shape(await analyze([folder({ 'a.txt': seedText.replace(/\n/g, '\r') })]));
    const lines = seedText.split('\n');
    const mixed = lines.map((l, i) => l + ['\r\n', '\r', '\n'][i % 3]).join('');
    expect(cr).toEqual(lf);
    expect(shape(await analyze([folder({ 'a.txt': mixed })]))).toEqual(lf);
    expect(lf.length).toBe(8);
  });

  it('a NUL after the first 8 KB is refused with its line', async () => {
    const at = seedText.indexOf('\n', 20_000);
    const text = `${seedText.slice(0, at)}\n坏\u0000字${seedText.slice(at)}`;
    const line = text.slice(0, text.indexOf('\u0000')).split('\n').length;
    const corpus = await analyze([folder({ 'a.txt': text })]);
    expect(corpus.sources).toHaveLength(0);
    expect(messages(corpus)).toContain(`a.txt:${line}: 这一行含有空字符（NUL，字节 0）`);
    expect(missingBecause(corpus, ['a-1-problem-1'])).toMatch(/^（因为来源 \S*a\.txt 未能分析，见上方）$/);
  });

  it(`a source over ${MAX_SOURCE_BYTES / 1024 / 1024} MB is refused before analysis`, async () => {
    const big = Buffer.alloc(MAX_SOURCE_BYTES + 100 * 1024, '党'.repeat(1000));
    const corpus = await analyze([folder({ '大.txt': big, '甲.txt': seedText })]);
    expect(corpus.sources).toHaveLength(1);
    expect(messages(corpus)).toContain('大.txt: 文件有 8.1 MB，超过单个来源的上限 8 MB');
  });

  it('a UTF-16 source is named with its reason', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]);
    expect(messages(await analyze([folder({ 'u.txt': utf16 })]))).toContain('u.txt: 文件是 UTF-16 编码，不受支持');
  });

  it('corrections that no longer match, for a piece the source lacks, or for no source, are reported', async () => {
    const dir = folder({ 'a.txt': seedText });
    const corrections = {
      'a.txt': [
        { find: '社区', replace: '社区', piece: 12 },
        { find: '早已改正的错字', replace: '错字' },
      ],
      'b.txt': [],
    };
    const data = { ...content, corrections };
    const { sources } = scanSources([dir]);
    const corpus = await buildCorpus(sources, data);
    expect(formatBuildWarnings(corpus)).toContain(
      '校正“社区”→“社区”写的是 piece: 12，但 a.txt 只有第 1–8 篇，这一条没有用上',
    );
    // The build prints these lines (formatBuildWarnings), not only `analyze`.
    expect(formatBuildWarnings(corpus)).toContain(
      '校正“早已改正的错字”→“错字”在该文件中没有找到可替换的文字；请检查 content/corrections.yaml 中这一条是否已过时。',
    );
    expect(formatBuildWarnings(corpus, strayCorrections(data.corrections, sources))).toContain(
      'content/corrections.yaml 中的“b.txt”不是 content/sources/ 中任何来源的文件名',
    );
  });

  it('a curriculum citing items of a source re-saved as UTF-16 names that source as the cause', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]);
    const corpus = await analyze([folder({ 'seed.txt': utf16, 'seed.meta.yaml': 'slug: csdj8\n' })]);
    expect(writeCurricula(corpus, join(root, `k${n++}`))).toEqual([]);
    const text = formatFailures(corpus);
    expect(text.indexOf('seed.txt: 文件是 UTF-16 编码')).toBeLessThan(text.indexOf('因此受到影响的文件 1 个'));
    expect(text).toMatch(
      /content\/curricula\/funding-venues\.mdx:\d+: <Item> 引用了不存在的条目“csdj8-[^”]+”（因为来源 \S*seed\.txt 未能分析，见上方）。这门课程未生成/,
    );
  });

  it('an override naming items of a failed source does not stop the others; it says why', async () => {
    const dir = folder({ 'a.txt': seedText, 'u.txt': Buffer.from([0xff, 0xfe, 0x41, 0]) });
    const data = { ...content, overrides: { ...content.overrides, items: { 'u-1-problem-1': { role: 'problem' } } } };
    const { sources, refused } = scanSources([dir]);
    const corpus = await buildCorpus(sources, data as typeof content, undefined, undefined, refused);
    const text = formatFailures(corpus);
    expect(text.indexOf('u.txt')).toBeLessThan(text.indexOf('因此受到影响的文件'));
    expect(text).toMatch(/（因为来源 \S*u\.txt 未能分析，见上方）。这一条已忽略/);
  });
});

describe('data files', () => {
  const data = () => {
    const dir = join(root, `c${n++}`);
    cpSync('content', dir, { recursive: true, filter: (p) => !/generated|sources|curricula/.test(p) });
    return dir;
  };

  it('a GBK corrections.yaml is read like its UTF-8 twin', async () => {
    const dir = data();
    const yaml = '甲.txt:\n  - { find: 杜区, replace: 社区 }\n';
    writeFileSync(join(dir, 'corrections.yaml'), iconv.encode(yaml, 'gbk'));
    expect(loadContent(dir).corrections).toEqual({ '甲.txt': [{ find: '杜区', replace: '社区' }] });
  });

  it('a data file in neither UTF-8 nor GBK is refused with “请另存为 UTF-8”', async () => {
    const dir = data();
    writeFileSync(join(dir, 'corrections.yaml'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    expect(() => loadContent(dir)).toThrow(
      /corrections\.yaml: 文件是 UTF-16 编码，不受支持。请另存为 UTF-8 编码后重试。/,
    );
  });

  it('a wrong type is a type error, not a missing field', async () => {
    const dir = data();
    writeFileSync(join(dir, 'corrections.yaml'), '甲.txt:\n  - { find: 12, replace: 社区 }\n');
    expect(() => loadContent(dir)).toThrow('字段“甲.txt.0.find”不符合要求：类型不对：应为文字，这里写的是数字。');
  });

  it('citationEdition: 2015 as a number is accepted', async () => {
    const dir = data();
    writeFileSync(join(dir, 'site.yaml'), 'citationEdition: 2015\n');
    expect(loadSite(dir).citationEdition).toBe('2015');
  });

  it.each(['javascript:alert(1)', 'ftp://example.org/', 'example.org'])('site url %s is refused', (url) => {
    const dir = data();
    writeFileSync(join(dir, 'site.yaml'), `url: "${url}"\n`);
    expect(() => loadSite(dir)).toThrow('字段“url”不符合要求：应为以 http:// 或 https:// 开头的完整网址。');
  });

  it('a site url with a query or fragment is refused (its path is where the site is served)', async () => {
    const dir = data();
    writeFileSync(join(dir, 'site.yaml'), 'url: https://kb.example.org/kb/?from=wx\n');
    expect(() => loadSite(dir)).toThrow(
      '字段“url”不符合要求：应为网站的地址，不带“?”或“#”及其后的部分（如 https://kb.example.org/kb/）。',
    );
  });

  it.each(['https://kb.example.org/', 'http://192.168.1.20:8080', 'https://example.org/kb/'])(
    'site url %s is accepted',
    (url) => {
      const dir = data();
      writeFileSync(join(dir, 'site.yaml'), `url: "${url}"\n`);
      expect(loadSite(dir).url).toBe(url);
    },
  );

  it('zod’s own messages are in Chinese (a sidecar with a bad date and slug)', async () => {
    const dir = folder({ 'a.txt': seedText, 'a.meta.yaml': 'slug: CSDJ8\n' });
    expect(messages(await analyze([dir]))).toContain('只能用小写英文字母、数字和中间的连字符，如 csdj8。');
    const dated = folder({ 'a.txt': seedText, 'a.meta.yaml': 'retrieved: 2024-13-01\n' });
    expect(messages(await analyze([dated]))).toContain('应为“年-月-日”格式的日期，如 2024-05-01。');
    expect(messages(await analyze([dated]))).not.toMatch(/Invalid|must match/);
  });

  it('a GBK curriculum is read like its UTF-8 twin, not garbled', async () => {
    const corpus = await analyze([SEED_PATH]);
    const dir = join(root, `k${n++}`);
    mkdirSync(join(dir, 'in'), { recursive: true });
    const text = readFileSync('content/curricula/funding-venues.mdx', 'utf8');
    writeFileSync(join(dir, 'in/gbk.mdx'), iconv.encode(text, 'gbk'));
    writeFileSync(join(dir, 'in/utf8.mdx'), text);
    writeCurricula(corpus, join(dir, 'out'), join(dir, 'in'));
    expect(corpus.failures).toEqual([]);
    expect(readFileSync(join(dir, 'out/curricula/gbk.mdx'), 'utf8')).toBe(
      readFileSync(join(dir, 'out/curricula/utf8.mdx'), 'utf8').replaceAll('/utf8', '/gbk'),
    );
  });

  it('a full disk or a denied write is said in Chinese, naming the file', async () => {
    const error = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', path: 'dist/index.html' });
    expect(systemMessage(error)).toBe('磁盘空间已满，无法写入“dist/index.html”。请清理磁盘空间后重试。');
    expect(systemMessage(Object.assign(new Error('x'), { code: 'EACCES', path: 'a.txt' }))).toContain(
      '没有权限读写“a.txt”',
    );
    const bundler = new Error(
      'Failed to write file in /site/.tmp/build/dist/a.mjs\n\nCaused by:\n    No space left on device (os error 28)',
    );
    expect(systemMessage(Object.assign(bundler, { code: 'UNHANDLEABLE_ERROR' }))).toBe(
      '磁盘空间已满，无法写入“/site/.tmp/build/dist/a.mjs”。请清理磁盘空间后重试。',
    );
    expect(systemMessage(new Error('other'))).toBeUndefined();
  });
});

describe('npm run analyze options', () => {
  it('an unknown option is explained, with the -- hint for file names starting with -', async () => {
    const r = spawnSync(process.execPath, [resolve('scripts/analyze.ts'), '-leading.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('错误：不认识的选项“-leading.txt”');
    expect(r.stderr).toContain('npm run analyze -- -- -leading.txt');
    expect(r.stderr).not.toContain('ERR_PARSE_ARGS');
  });

  it.each([
    ['gen-corpus.ts', ['--out'], '错误：选项“--out”后面要跟一个值。能用的选项：--articles <值>、'],
    [
      'measure-extraction.ts',
      ['extra'],
      '错误：这个命令不接受“extra”这样的参数，只接受选项：--dir <值>、--only <值>、--details、--write。',
    ],
    ['measure-extraction.ts', ['--only', 'd-', '--write'], '错误：--only 只测一部分文本，不能与 --write 同用'],
    ['measure-extraction.ts', ['--only', 'zz-'], '里没有名称以“zz-”开头的带标注（.truth.yaml）的文本'],
    [
      'bench.ts',
      ['--bogus'],
      '错误：不认识的选项“--bogus”。能用的选项：--sizes <值>、--runs <值>、--build-runs <值>、--large <值>、--out <值>。\n',
    ],
    [
      'bench-stages.ts',
      ['--bogus'],
      '错误：不认识的选项“--bogus”。能用的选项：--articles <值>、--runs <值>、--dir <值>。\n',
    ],
    ['bench-stages.ts', ['--runs', '0'], '错误：选项“--runs”要跟一个正整数（例如 3）。\n'],
    [
      'bench-stages.ts',
      ['--dir', 'no-such-folder'],
      '错误：找不到文件夹“no-such-folder”：--dir 要指向放着来源 .txt 文件的文件夹。\n',
    ],
  ])('%s %j is explained in Chinese', (script, args, message) => {
    const r = spawnSync(process.execPath, [resolve('scripts', script), ...args], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('a file named after -- is analyzed', async () => {
    const dir = folder({ '-x.txt': seedText });
    symlinkSync(resolve('content'), join(dir, 'content')); // the data files
    const r = spawnSync(process.execPath, [resolve('scripts/analyze.ts'), '--', '-x.txt'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.stdout).toContain('（utf-8，8 篇）');
  });
});
