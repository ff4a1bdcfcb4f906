import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';

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

/** Parse and validate a YAML data file; errors name the file, the line and the field, in Chinese. */
export function readYaml<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  return readYamlWithLines(file, schema).value;
}

/** As `readYaml`, also returning a way to find the line of any value (for later checks). */
export function readYamlWithLines<S extends z.ZodType>(
  file: string,
  schema: S,
): { value: z.infer<S>; lineOf: (path: (string | number)[]) => number | undefined } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DataFileError(file, undefined, '无法读取该文件：请确认它存在且可读。');
  }
  return parseYamlWithLines(text, file, schema);
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
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { value: result.data, lineOf: (path) => lineOf(doc, lines, path) };
  const issue = result.error.issues[0];
  const line = lineOf(doc, lines, issue.path as (string | number)[]);
  const where = issue.path.length ? `字段“${issue.path.join('.')}”` : '文件内容';
  throw new DataFileError(file, line, `${where}不符合要求：${describe(issue)}`);
}

/** Line of the deepest node of `path` that exists in the document. */
export function lineOf(doc: Document, lines: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `应为${typeName(String(issue.expected))}。`;
    case 'too_small':
      return '内容为空或过短，请填写。';
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

function typeName(t: string): string {
  return ({ string: '文字', number: '数字', array: '列表', object: '键值对', boolean: 'true 或 false' } as Record<string, string>)[t] ?? t;
}
