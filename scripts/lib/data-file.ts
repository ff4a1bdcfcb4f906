import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, type Document } from 'yaml';
import { z } from 'zod';
import { decode } from '../../src/analyzer/index.ts';
import { UsageError } from './cli.ts';

// zod's own messages (the ones `describe` does not word itself) in Chinese.
z.config(z.locales.zhCN());

/** A problem in a file a person edits: which file, which line, what is wrong. */
export class DataFileError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.file = file;
    this.line = line;
  }
}

/** How the operating system words each failure, for errors that carry no code. */
const OS_WORDS: Record<string, RegExp> = {
  ENOSPC: /No space left on device|\bENOSPC\b/,
  EDQUOT: /Disk quota exceeded|\bEDQUOT\b/,
  EROFS: /Read-only file system|\bEROFS\b/,
  EACCES: /Permission denied|\bEACCES\b/,
  EPERM: /Operation not permitted|\bEPERM\b/,
  EMFILE: /Too many open files|\bEMFILE\b/,
};

/**
 * A failure of the file system a person can fix (disk full, no permission,
 * read-only disk), in words naming the file; undefined for anything else.
 */
export function systemMessage(error: unknown): string | undefined {
  const { code, path, message = '' } = (error ?? {}) as NodeJS.ErrnoException;
  // The bundler's own errors carry only the operating system's words (`No space left on device`) and a path.
  const known = code && code in OS_WORDS ? code : Object.keys(OS_WORDS).find((c) => OS_WORDS[c].test(message));
  const where = path ?? /(?:^|\s)(\/[^\s'"]+)/.exec(message)?.[1];
  const file = where ? `“${where}”` : '文件';
  const words: Record<string, string> = {
    ENOSPC: `磁盘空间已满，无法写入${file}。请清理磁盘空间后重试。`,
    EDQUOT: `磁盘配额已用完，无法写入${file}。请清理空间后重试。`,
    EACCES: `没有权限读写${file}。请检查它和所在文件夹的权限（chmod）或所有者。`,
    EPERM: `没有权限读写${file}。请检查它和所在文件夹的权限（chmod）或所有者。`,
    EROFS: `${file}所在的磁盘是只读的。请换到可写的位置运行。`,
    EMFILE: '同时打开的文件太多。请关闭其他程序，或用 ulimit -n 调高上限后重试。',
  };
  return known ? words[known] : undefined;
}

/**
 * Run a command's body: a data file people edit being wrong, a command line
 * it cannot read, or a disk that is full or not writable, is said in one
 * line, with exit code 2; anything else is a bug and throws.
 */
export async function runCommand(body: () => number | Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    const message =
      error instanceof DataFileError || error instanceof UsageError ? error.message : systemMessage(error);
    if (message === undefined) throw error;
    process.stderr.write(`错误：${message}\n`);
    return 2;
  }
}

/**
 * A data file's text: UTF-8, or GB18030/GBK as Chinese Windows saves it
 * (decoded the way sources are); anything else is refused with what to do.
 */
export function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new DataFileError(file, undefined, systemMessage(error) ?? '无法读取该文件：请确认它存在且可读。');
  }
  if (bytes.length === 0) return '';
  const decoded = decode(bytes);
  if (!decoded.ok)
    throw new DataFileError(
      file,
      undefined,
      `${decoded.error.message.replace(/请[^。]*。$/, '')}请另存为 UTF-8 编码后重试。`,
    );
  return decoded.value.text;
}

/** Parse and validate a YAML data file; errors name the file, the line and the field, in Chinese. */
export function readYaml<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  return readYamlWithLines(file, schema).value;
}

/** As `readYaml`, also returning a way to find the line of any value (for later checks). */
export function readYamlWithLines<S extends z.ZodType>(
  file: string,
  schema: S,
): { value: z.infer<S>; lineOf: (path: (string | number)[]) => number | undefined } {
  return parseYamlWithLines(readText(file), file, schema);
}

/** As `readYaml`, for text already in memory. */
export function parseYaml<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S> {
  return parseYamlWithLines(text, file, schema).value;
}

function parseYamlWithLines<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): { value: z.infer<S>; lineOf: (path: (string | number)[]) => number | undefined } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lines.linePos(e.pos[0]).line;
    throw new DataFileError(file, line, `YAML 格式错误（${e.code}）：请检查这一行的缩进、冒号和引号。`);
  }
  // reportInput: a wrong value is told apart from a missing one.
  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return { value: result.data, lineOf: (path) => lineOf(doc, lines, path) };
  const issue = result.error.issues[0];
  const path = issue.path as (string | number)[];
  // Point at the misspelt key itself, not at the object holding it.
  const line = lineOf(doc, lines, issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path);
  const where = issue.path.length ? `字段“${issue.path.join('.')}”` : '文件内容';
  throw new DataFileError(file, line, `${where}不符合要求：${describe(issue)}`);
}

/**
 * Line of the deepest part of `path` in the document: the key of a mapping
 * entry (`csdj8-7-problem-9:`), or the item of a list.
 */
export function lineOf(doc: Document, lines: LineCounter, path: (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let at = isNode(node) && node.range ? node.range[0] : undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(part));
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) at = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number' && node.items[part] !== undefined) {
      node = node.items[part];
      if (isNode(node) && node.range) at = node.range[0];
    } else {
      break;
    }
  }
  return at === undefined ? undefined : lines.linePos(at).line;
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? '缺少这个字段，请补上。'
        : `类型不对：应为${typeName(String(issue.expected))}，这里写的是${typeName(kindOf(issue.input))}。`;
    case 'invalid_format':
      return issue.format === 'url'
        ? '应为以 http:// 或 https:// 开头的完整网址。'
        : issue.format === 'date'
          ? '应为“年-月-日”格式的日期，如 2024-05-01。'
          : issue.message;
    case 'too_small':
      return issue.origin === 'number' ? `应不小于 ${String(issue.minimum)}。` : '内容为空或过短，请填写。';
    case 'too_big':
      return '内容过长。';
    case 'unrecognized_keys':
      return `有不认识的字段：${issue.keys.join('、')}（可能是拼写错误）。`;
    case 'invalid_value':
      return `取值只能是：${issue.values.map(String).join('、')}。`;
    default:
      return issue.message;
  }
}

/** The type of a value as YAML produced it, in the names `typeName` knows. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeName(t: string): string {
  return (
    (
      {
        string: '文字',
        number: '数字',
        array: '列表',
        object: '键值对',
        boolean: 'true 或 false',
        null: '空值',
      } as Record<string, string>
    )[t] ?? t
  );
}
