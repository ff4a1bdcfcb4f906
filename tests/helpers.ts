import { readFileSync } from 'node:fs';
import { loadContent } from '../scripts/lib/content.ts';

/** The project's real data files (rules, corrections, journals). */
export const content = loadContent('content');
export const rules = content.rules;

export const SEED_PATH = 'content/sources/城市社区党建存在的问题及对策8篇.txt';
export const seedText = readFileSync(SEED_PATH, 'utf8');
