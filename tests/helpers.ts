import { readFileSync } from 'node:fs';
import { loadContent } from '../scripts/lib/content.ts';

/** The project's real data files (rules, corrections, journals). */
export const content = loadContent('content');
export const rules = content.rules;

export const SEED_PATH = 'content/sources/城市社区党建存在的问题及对策8篇.txt';
export const seedText = readFileSync(SEED_PATH, 'utf8');

/** Apply a rule's replacements to its input, for literal before → after tests. */
export function clean(text: string, replacements: readonly { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const r of [...replacements].sort((a, b) => b.start - a.start))
    out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}
