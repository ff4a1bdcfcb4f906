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
  achievements: words
    .default([])
    .describe(
      '背景类标题中说“已做了什么”的词（成效、亮点、做法……）：这类小节里引语列出的措施（“具体举措有：”）是已做的事，不是对策',
    ),
  itemWording: z
    .object({
      problem: z.object({ anywhere: words, opening: words }),
      cause: z.object({ anywhere: words, opening: words }),
      countermeasure: z.object({ anywhere: words, opening: words }),
      negators: words
        .default([])
        .describe(
          '否定词（不能、难以、缺乏……）：紧挨在行动词前（相隔不超过三字）时，这个行动词读作缺陷（“不能扎实开展”是问题）',
        ),
      unnegating: words
        .default([])
        .describe('以否定字开头却不表否定的词（不断、不仅……）：“不断提升”仍是行动，不是缺陷'),
    })
    .describe(
      '没有标题点明角色时，按条目标题自身的措辞推断角色：anywhere 中的词出现在标题任何位置都算，opening 中的词只在标题开头算；较长的词优先（“不健全”不再算“健全”）',
    ),
  newsMarkers: words.describe('新闻报道用语（会议强调、记者……）：判断一篇文章不属本体裁时，写进提示的理由'),
  reportMarkers: words
    .default([])
    .describe(
      '报道、讲话、汇报、计划的用语（召开、同志们、汇报如下……）：只列对策的文章有它们（或某月某日）时，不属本体裁',
    ),
  examMarkers: words
    .default([])
    .describe(
      '考题、面试备考页的用语（参考答案、答案解析、考生、模拟试题……）：没有标题点明角色时，有它们的文章是考题答案，不属本体裁',
    ),
  speechTitles: words
    .default([])
    .describe(
      '讲话、发言的标题用语（上的讲话、讲话稿……）：标题有它们时，标题里的角色词（整改、对策）说的是会议的议题，不算点明体裁',
    ),
  conclusionOpeners: words,
  leadIns: words.describe(
    '段落中引出列举的词（“存在以下问题：一是……”）：有它们（或冒号）时，段内的一是、二是才是条目，否则是子点',
  ),
  answering: words
    .default([])
    .describe('应对问题的动词（针对、解决……）：引语中问题词前有它们时（“针对这些问题，……一是”），列举的是对策'),
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
