/** An article being damaged: its blocks and what is put into each (wraps, page numbers, footers), rendered as lines. */
import type { Rules } from '../../../../src/analyzer/index.ts';
import type { Block } from '../article/index.ts';
import type { Rng } from '../prng.ts';
import type { DamageOptions } from './index.ts';

/** A hard wrap, a page number glued in, or a running footer split over two lines, at an offset of a block. */
export interface Insert {
  at: number;
  kind: 'break' | 'number' | 'footer';
  value?: number;
}

/** What the inserting kinds of damage share; they add to `inserts` (one list per block) and `format`. */
export interface Damaging {
  list: Block[];
  inserts: Insert[][];
  /** What closes a quote: `”`, or the glyph written for it. */
  closer: string;
  quoteGlyph: boolean;
  rng: Rng;
  rules: Rules;
  options: DamageOptions;
  format: string[];
}

/** The block's text with its inserts, as lines. */
export function renderLines(text: string, inserts: readonly Insert[], rng: Rng): string[] {
  const sorted = [...inserts].sort((a, b) => a.at - b.at || (a.kind === 'number' ? -1 : 1));
  const lines: string[] = [];
  let line = '';
  let pos = 0;
  for (const ins of sorted) {
    line += text.slice(pos, ins.at);
    pos = ins.at;
    if (ins.kind === 'number') line += String(ins.value);
    else if (ins.kind === 'footer') {
      lines.push(line, rng.pick(['一', '—', '-']));
      line = String(ins.value);
    } else {
      lines.push(line);
      line = '';
    }
  }
  lines.push(line + text.slice(pos));
  return lines;
}

/** Whether offset `at` falls inside (or at the end of) a protected range of the block. */
export function isProtected(block: Block, at: number): boolean {
  return (block.protect ?? []).some(([s, e]) => at > s && at <= e);
}
