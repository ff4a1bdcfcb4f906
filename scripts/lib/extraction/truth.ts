/**
 * The hand annotation beside each text of the development corpus
 * (`<name>.truth.yaml`): whether the text is of the genre, its forms, and a
 * distinctive phrase of every problem, cause and countermeasure at the
 * enumerating level, with the links a careful reader is sure of.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { displayPath } from '../content.ts';
import { readYaml } from '../data-file.ts';

/** The forms of the genre a text can use; each gets a row of its own in the measurement. */
export const FORMS = [
  'numbered-role-headings',
  'unnumbered-role-heading',
  'new-role-words',
  'discourse-ordinals',
  'one-hand-other-hand',
  'inline-yishi',
  'sub-points',
  'ocr-paren',
  'implicit-role',
  'causes-answered',
  'furniture',
  'traditional',
  'pinyin-artifact',
  'truncated',
  'not-genre',
] as const;

const phrase = z.string().min(2);

export const truthSchema = z.strictObject({
  domain: z.enum(['社区', '街道', '学校', '党支部', '非公', '农村', '机关', '国企', '其他']),
  genre: z.boolean(),
  forms: z.array(z.enum(FORMS)),
  problems: z.array(phrase),
  causes: z.array(phrase),
  countermeasures: z.array(phrase),
  links: z.array(z.tuple([phrase, phrase])),
  /** Codebook themes a coder gave some of the items from the definitions alone, main theme first. */
  themes: z.record(phrase, z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1)).optional(),
  note: z.string().optional(),
});

export type Truth = z.infer<typeof truthSchema>;

/** A text of the development corpus: its source path (as the corpus shows it, `displayPath`) and its annotation. */
export interface AnnotatedText {
  path: string;
  name: string;
  truth: Truth;
}

/** Every `.txt` in `dir` that has a `.truth.yaml` beside it, in name order. */
export function loadAnnotated(dir: string): AnnotatedText[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.truth.yaml'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.truth.yaml'.length);
      return { path: displayPath(join(dir, `${name}.txt`)), name, truth: readYaml(join(dir, f), truthSchema) };
    });
}
