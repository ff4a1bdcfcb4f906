/**
 * The word lists people edit in `content/dict/`: the user dictionary
 * (`party-terms.txt`, `词条 [词频] [词性]` a line) keeps Party-building terms
 * such as `三会一课` whole when segmenting, and word lists such as the
 * stopwords (`stopwords.txt`, one word a line) keep filler out of content
 * words. No file IO here: scripts read the files and pass their text in.
 */
import type { Diagnostic } from '../types.ts';

/** One user-dictionary entry, as parsed from a line `词条 [词频] [词性]`. */
export interface Term {
  word: string;
  /** Frequency, when the line gives one (jieba's user-dict format). */
  freq?: number;
  /** Part-of-speech tag, e.g. `n`, `nz`, `l`. */
  tag?: string;
  /** 1-based line in the dictionary file. */
  line: number;
}

/** A part-of-speech tag as jieba writes them (`n`, `nz`, `vn`, `eng`). */
const TAG = /^[A-Za-z]{1,5}$/;
/** Punctuation and symbols: jieba always cuts at them, so a term holding one could never match. */
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** A line to read: its 1-based number, its trimmed text and how to report a problem with it. */
interface ContentLine {
  line: number;
  content: string;
  /** Adds a diagnostic naming the file and the line to `diagnostics`. */
  report: (code: string, what: string) => void;
}

/** Non-blank, non-comment lines of `file` (a leading BOM is ignored). */
function contentLines(text: string, file: string, diagnostics: Diagnostic[]): ContentLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ line: index + 1, content: raw.trim() }))
    .filter(({ content }) => content !== '' && !content.startsWith('#'))
    .map(({ line, content }) => ({
      line,
      content,
      report: (code: string, what: string) => {
        diagnostics.push({ code, line, message: `${file} 第${line}行：${what}` });
      },
    }));
}

/**
 * Parses a user dictionary: one term a line, `词条 [词频] [词性]`, `#` starts
 * a comment line. A lone second field that looks like a number is a
 * frequency, otherwise a tag (as in Python jieba). Bad lines are reported
 * and skipped; never throws.
 *
 * @param text the file's text
 * @param file the path to name in messages, e.g. `content/dict/party-terms.txt`
 */
export function parseTermList(text: string, file: string): { terms: Term[]; diagnostics: Diagnostic[] } {
  const terms: Term[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  for (const { line, content, report } of contentLines(text, file, diagnostics)) {
    const fields = content.split(/\s+/);
    const [word, ...rest] = fields;
    if (fields.length > 3) {
      report(
        'terms.fields',
        `“${content}”有${fields.length}栏，最多三栏（词条 词频 词性）。词条内不能有空格；如果这是一个词，请删去空格。`,
      );
      continue;
    }
    const mark = PUNCTUATION.exec(word);
    if (mark) {
      report(
        'terms.punctuation',
        `词条“${word}”含标点或符号“${mark[0]}”，分词时一定会在这里切开。请删去它或改写词条。`,
      );
      continue;
    }
    let freqField: string | undefined;
    let tagField: string | undefined;
    if (rest.length === 2) [freqField, tagField] = rest;
    else if (rest.length === 1 && /^[\d.+-]+$/.test(rest[0])) freqField = rest[0];
    else if (rest.length === 1) tagField = rest[0];
    if (freqField !== undefined && !/^[1-9]\d*$/.test(freqField)) {
      report('terms.freq', `词频“${freqField}”不是正整数。请写正整数（如“三会一课 1000 n”），或删去这一栏。`);
      continue;
    }
    if (tagField !== undefined && !TAG.test(tagField)) {
      report(
        'terms.tag',
        `“${tagField}”不是词性（如 n、nz、l）。词条内不能有空格；如果“${content}”是一个词，请删去空格。`,
      );
      continue;
    }
    const first = seen.get(word);
    if (first !== undefined) {
      report('terms.duplicate', `词条“${word}”与第${first}行重复。请删去其中一行。`);
      continue;
    }
    seen.set(word, line);
    terms.push({
      word,
      line,
      ...(freqField !== undefined && { freq: Number(freqField) }),
      ...(tagField !== undefined && { tag: tagField }),
    });
  }
  return { terms, diagnostics };
}

/**
 * Parses a word list such as the stopwords: one word a line, `#` comment
 * lines and blank lines ignored. Bad lines are reported and skipped; never
 * throws.
 *
 * @param text the file's text
 * @param file the path to name in messages, e.g. `content/dict/stopwords.txt`
 */
export function parseWordList(text: string, file: string): { words: string[]; diagnostics: Diagnostic[] } {
  const words: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  for (const { line, content, report } of contentLines(text, file, diagnostics)) {
    const mark = PUNCTUATION.exec(content);
    const first = seen.get(content);
    if (/\s/.test(content)) report('words.space', `“${content}”含空格。每行只写一个词，请拆成多行。`);
    else if (mark) report('words.punctuation', `“${content}”含标点或符号“${mark[0]}”。这里只收词语，请删去标点。`);
    else if (first !== undefined) report('words.duplicate', `“${content}”与第${first}行重复。请删去其中一行。`);
    else {
      seen.set(content, line);
      words.push(content);
    }
  }
  return { words, diagnostics };
}
