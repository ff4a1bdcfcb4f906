import { z } from 'zod';

const words = z.array(z.string().min(1)).describe('一组词');

/** Schema of `content/rules.yaml`: the word lists the analyzer's rules use. */
export const rulesSchema = z.object({
  roleCues: z.object({
    problem: words,
    cause: words,
    countermeasure: words,
    context: words,
    conclusion: words,
    abstract: words,
    references: words,
  }),
  conclusionOpeners: words,
  headingFinals: words,
  bodyOpeners: words,
  artifacts: z.object({
    minPairs: z.number().int().min(1),
    glyphs: z.array(
      z.object({
        glyph: z.string().length(1),
        standsFor: z.string(),
        keepIn: words.default([]),
      }),
    ),
  }),
  pinyin: z
    .object({
      minPairs: z.number().int().min(1).describe('一篇文本中至少有这么多处带声调的拼音括注，才在该文中删除拼音'),
    })
    .describe('繁体网页转换器在字后加的拼音括注（區(qū)）'),
  numberUnits: words,
  links: z.object({
    minScore: z.number().min(0).max(1),
    lexicalShare: z.number().min(0).max(1),
    lexicalFull: z.number().positive().max(1),
  }),
});

/** The analyzer's word lists, as validated from `content/rules.yaml`. */
export type Rules = z.infer<typeof rulesSchema>;
