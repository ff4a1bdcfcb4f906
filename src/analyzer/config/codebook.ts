/**
 * The theme codebook (`content/codebook.yaml`): its schema and the checks a
 * person editing it needs. No file IO here: scripts read the file with
 * `readYaml(file, codebookSchema)`, which turns the issues below into
 * messages naming the file and line.
 */
import { z } from 'zod';
import type { Theme } from '../types.ts';

/** Readable ASCII slug: lower-case letters and digits in words joined by `-`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string()
  .regex(SLUG, { error: '标识只能由小写英文字母、数字和连字符组成（如 funding-venues），不能有空格或汉字。' });

/** A term as written: a plain string (weight 1) or `{term, weight}`. */
const termSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { term: value } : value),
  z.strictObject({
    term: z.string().trim().min(1).describe('在文本中逐字查找的词或短语（简体）'),
    weight: z.number().positive().default(1).describe('权重：出现一次加多少分；省略时为 1'),
  }),
);

/** A space between two characters of Chinese text (Han or full-width punctuation), as YAML folding leaves. */
const FOLDED_SPACE =
  /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’])\s+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’])/gu;

const themeSchema = z
  .strictObject({
    id: slug.describe('主题标识：网址和数据中使用，发布后不要再改'),
    name: z.string().trim().min(1).describe('主题名称（中文）'),
    group: z.string().optional().describe('所属分组的标识（须在 groups 中声明）'),
    definition: z
      .string()
      .trim()
      .min(1)
      // YAML folds a wrapped definition's lines with a space, which Chinese text does not have.
      .transform((d) => d.replace(FOLDED_SPACE, ''))
      .describe('一段话的定义：编码员据此判断什么算、什么不算'),
    terms: z.array(termSchema).min(1).describe('提示该主题的词语；写成纯文字时权重为 1'),
    exclude: z
      .array(z.string().trim().min(1))
      .default([])
      .describe('排除短语：词语出现在这些短语之内时不计（如“组织”在“社会组织”中）'),
  })
  .describe('一个主题');

const groupSchema = z.strictObject({
  id: slug.describe('分组标识'),
  name: z.string().trim().min(1).describe('分组名称（中文）'),
});

const settingsSchema = z
  .strictObject({
    minScore: z.number().positive().describe('得分达到这个值才给条目打上该主题'),
    titleFactor: z.number().min(1).describe('出现在条目标题中的词，每次按几倍计分'),
    maxThemes: z.number().int().min(1).describe('每个条目最多保留几个主题（按得分从高到低）'),
    minShare: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe('主题得分至少要达到该条目最高得分的几分之几（0 表示不限）：滤掉长段落里顺带一提的主题'),
    countCap: z.number().int().min(1).describe('同一个词在一个条目中最多计几次'),
  })
  .describe('打分规则');

/** Schema of `content/codebook.yaml`; plain-string terms become `{term, weight: 1}`, `exclude` defaults to `[]`. */
export const codebookSchema = z
  .strictObject({
    settings: settingsSchema,
    groups: z.array(groupSchema).default([]).describe('主题分组（可选）'),
    themes: z.array(themeSchema).min(1).describe('主题列表'),
  })
  .superRefine((book, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

    const groups = new Map<string, number>();
    book.groups.forEach((g, i) => {
      const first = groups.get(g.id);
      if (first !== undefined) issue(['groups', i, 'id'], `分组标识“${g.id}”重复：第 ${first + 1} 个分组已经用了它。`);
      else groups.set(g.id, i);
    });

    const ids = new Map<string, number>();
    book.themes.forEach((theme, i) => {
      const first = ids.get(theme.id);
      if (first !== undefined) {
        issue(['themes', i, 'id'], `主题标识“${theme.id}”重复：第 ${first + 1} 个主题已经用了它，请换一个。`);
      } else ids.set(theme.id, i);

      if (theme.group !== undefined && !groups.has(theme.group)) {
        issue(
          ['themes', i, 'group'],
          `分组“${theme.group}”没有在 groups 中声明：请先在 groups 里添加它，或改成已有的分组。`,
        );
      }

      const terms = new Map<string, number>();
      theme.terms.forEach((t, j) => {
        const seen = terms.get(t.term);
        if (seen !== undefined) {
          issue(['themes', i, 'terms', j], `词语“${t.term}”在本主题中重复（第 ${seen + 1} 个词已是它）：请删去一个。`);
        } else terms.set(t.term, j);
      });

      theme.exclude.forEach((phrase, j) => {
        if (!theme.terms.some((t) => phrase.includes(t.term))) {
          issue(
            ['themes', i, 'exclude', j],
            `排除短语“${phrase}”不包含本主题的任何词语，不起作用：请检查拼写，或删去它。`,
          );
        }
      });
    });
  });

/** The validated codebook: settings, groups and themes. */
export type Codebook = z.infer<typeof codebookSchema>;

/** Settings of the scoring (see content/codebook.yaml). */
export type CodebookSettings = Codebook['settings'];

// The schema's themes are the corpus model's `Theme`s.
const _themesAreThemes: (t: Codebook['themes'][number]) => Theme = (t) => t;
void _themesAreThemes;
