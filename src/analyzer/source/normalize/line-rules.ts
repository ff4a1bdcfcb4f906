import type { Furniture, LineRuleData } from '../../config/furniture.ts';
import type { SourceMetadata } from '../../types.ts';

/** A whole-line furniture rule, compiled from `content/furniture.yaml`. */
export interface LineRule {
  rule: string;
  /** Matched against one whole line (trimmed). */
  line: RegExp;
  meta?: (m: RegExpExecArray) => SourceMetadata;
  /** Code units a matching line can open with; undefined when the rule is found by `contains`. */
  first?: string;
  /** Text every matching line holds (the pre-check of rules without fixed openings). */
  contains?: string;
}

/** An inline furniture rule: matches are removed wherever they stand. */
export interface InlineRule {
  rule: string;
  pattern: RegExp;
  contains: string;
}

/** Rules ready to run, and which rules a line opening with a code unit may match (in rule order). */
export interface CompiledFurniture {
  lines: LineRule[];
  inline: InlineRule[];
  byFirst: Map<number, number[]>;
  /** Indexes of rules found by `contains`. */
  byContains: number[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The whole-line pattern of a rule: its own pattern, opening with one of its starts when it lists them. */
function linePattern(r: LineRuleData): RegExp {
  const starts = r.starts ? `(?=${r.starts.map(escapeRegExp).join('|')})` : '';
  return new RegExp(`^${starts}(?:${r.line ?? '.*'})$`, r.flags ?? '');
}

/** Why a rule cannot be used (bad pattern, no fast pre-check), or undefined. */
export function checkLineRule(r: LineRuleData): string | undefined {
  if (!r.line && !r.starts) return '至少写出 line（整行正则）或 starts（行首文字列表）之一。';
  try {
    linePattern(r);
  } catch (error) {
    return `正则表达式写错了：${(error as Error).message}`;
  }
  if (!r.starts && !r.contains && r.line && leadingUnits(r.line, r.flags?.includes('i') ?? false) === undefined)
    return '无法从 line 的开头看出这一行以哪些字开头：请加 starts（行首文字列表）或 contains（行中必有的文字），以便快速预筛。';
  return undefined;
}

function metaOf(r: LineRuleData): LineRule['meta'] {
  const entries = Object.entries(r.meta ?? {});
  if (entries.length === 0) return undefined;
  return (m) => {
    const out: Record<string, unknown> = {};
    for (const [key, c] of entries) {
      const value = m[c!.group];
      if (c!.split) out[key] = (value ?? '').split(/\s+/).filter(Boolean);
      else if (value) out[key] = value;
    }
    return out as SourceMetadata;
  };
}

const compiled = new WeakMap<Furniture, CompiledFurniture>();

/** The data file's rules compiled, once per data object (regions are many, the data one). */
export function compileFurniture(data: Furniture): CompiledFurniture {
  const known = compiled.get(data);
  if (known) return known;
  const lines = data.lines.map((r): LineRule => {
    const ignoreCase = r.flags?.includes('i') ?? false;
    const first = r.starts
      ? withCase(r.starts.map((s) => s[0]).join(''), ignoreCase)
      : r.line && !r.contains
        ? leadingUnits(r.line, ignoreCase)
        : undefined;
    const rule: LineRule = { rule: r.rule, line: linePattern(r) };
    const meta = metaOf(r);
    if (meta) rule.meta = meta;
    if (first !== undefined) rule.first = first;
    else rule.contains = r.contains;
    return rule;
  });
  const byFirst = new Map<number, number[]>();
  const byContains: number[] = [];
  lines.forEach((r, i) => {
    if (r.first === undefined) byContains.push(i);
    else
      for (const unit of new Set([...r.first].map((c) => c.charCodeAt(0)))) {
        const list = byFirst.get(unit) ?? [];
        list.push(i);
        byFirst.set(unit, list);
      }
  });
  const inline = data.inline.map((r) => ({ rule: r.rule, pattern: new RegExp(r.pattern, 'g'), contains: r.contains }));
  const out = { lines, inline, byFirst, byContains };
  compiled.set(data, out);
  return out;
}

function withCase(chars: string, ignoreCase: boolean): string {
  return ignoreCase ? chars + chars.toLowerCase() + chars.toUpperCase() : chars;
}

/**
 * The code units a line matching `source` can open with, read from the
 * pattern's first atom in each top-level alternative (a literal, a class, a
 * group of such); undefined when that is not plain (`.`, `\s`, an optional
 * first atom, a look-around): such rules need `starts` or `contains`.
 */
export function leadingUnits(source: string, ignoreCase: boolean): string | undefined {
  const found = alternativesFirst(source.replace(/^\^/, ''));
  return found === undefined ? undefined : withCase(found, ignoreCase);
}

function alternativesFirst(source: string): string | undefined {
  let out = '';
  for (const alt of splitTop(source)) {
    const first = atomFirst(alt);
    if (first === undefined) return undefined;
    out += first;
  }
  return out;
}

/** Top-level alternatives of a pattern (not splitting inside groups, classes or after escapes). */
function splitTop(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Index of the `]` closing the class opened at `open`. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** First code units of the first atom of `alt`, or undefined when it may be skipped or is not plain. */
function atomFirst(alt: string): string | undefined {
  if (alt === '') return undefined;
  let end: number;
  let first: string | undefined;
  const c = alt[0];
  if (c === '(') {
    let depth = 0;
    end = 0;
    for (let i = 0; i < alt.length; i++) {
      if (alt[i] === '\\') i++;
      else if (alt[i] === '[') i = classEnd(alt, i);
      else if (alt[i] === '(') depth++;
      else if (alt[i] === ')' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    if (end === 0 || !alt.startsWith('(?:')) return undefined;
    first = alternativesFirst(alt.slice(3, end - 1));
  } else if (c === '[') {
    end = classEnd(alt, 0) + 1;
    first = classUnits(alt.slice(1, end - 1));
  } else if (c === '\\') {
    end = 2;
    first = /[\p{L}\p{N}]/u.test(alt[1] ?? 'a') ? undefined : alt[1];
  } else if ('.^$*+?{'.includes(c)) {
    return undefined;
  } else {
    end = 1;
    first = c;
  }
  // An atom that may be absent (`?`, `*`, `{0,…}`) does not open every match.
  if (/^(?:[?*]|\{0)/.test(alt.slice(end))) return undefined;
  return first;
}

/** The characters of a plain class (`[A-Za-z]`, `[:：]`), or undefined (negated, escapes of classes). */
function classUnits(body: string): string | undefined {
  if (body.startsWith('^') || body === '') return undefined;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === '\\') {
      c = body[++i];
      if (c === undefined || /[\p{L}\p{N}]/u.test(c)) return undefined;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body.charCodeAt(i + 2);
      if (to - c.charCodeAt(0) > 256 || body[i + 2] === '\\') return undefined;
      for (let u = c.charCodeAt(0); u <= to; u++) out += String.fromCharCode(u);
      i += 2;
    } else out += c;
  }
  return out;
}
