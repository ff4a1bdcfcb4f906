import { z } from 'zod';
import { checkLineRule } from '../source/normalize/line-rules.ts';

/** Metadata a furniture line can tell about its page. */
const metaKey = z.enum(['hotWords', 'site', 'published', 'section', 'compilationTitle']);

const capture = z
  .strictObject({
    group: z.number().int().min(1).describe('取第几个括号分组（从 1 起）'),
    split: z.boolean().optional().describe('按空白切成词表（如热词）；否则取整段文字，为空时不记'),
  })
  .describe('从这一行记下的网页信息');

const lineRule = z
  .strictObject({
    rule: z
      .string()
      .regex(/^furniture\.[a-z][a-z0-9-]*$/, '规则名写作 furniture.<种类>，如 furniture.breadcrumb')
      .describe('规则名，出现在“原文对照”的每一处删除旁'),
    line: z.string().min(1).optional().describe('整行（去掉首尾空白后）须符合的正则表达式，不写 ^ 和 $'),
    flags: z.enum(['i', 'u', 'iu']).optional().describe('正则标志：i 不分大小写，u 按 Unicode 读'),
    starts: z.array(z.string().min(1)).min(1).optional().describe('行首文字列表：整行须以其中之一开头'),
    contains: z.string().min(1).optional().describe('行中必有的一段文字（开头不固定的规则用它预筛）'),
    meta: z.partialRecord(metaKey, capture).optional().describe('从匹配的分组记下的网页信息'),
  })
  .superRefine((r, ctx) => {
    const problem = checkLineRule(r);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('一条整行规则：符合它的一行是网站杂项，整行删除');

const inlineRule = z
  .strictObject({
    rule: z
      .string()
      .regex(/^furniture\.[a-z][a-z0-9-]*$/)
      .describe('规则名'),
    pattern: z.string().min(1).describe('在行内任意位置查找的正则表达式'),
    contains: z.string().min(1).describe('每处匹配都含有的一段文字（没有它的文本不必查找）'),
  })
  .superRefine((r, ctx) => {
    try {
      new RegExp(r.pattern, 'g');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `正则表达式写错了：${(error as Error).message}` });
    }
  })
  .describe('一条行内规则：嵌在正文里的网站杂项（如水印、“省略N字”提示），只删匹配的部分');

/** Schema of `content/furniture.yaml`: what site furniture looks like. */
export const furnitureSchema = z
  .strictObject({
    lines: z.array(lineRule).describe('整行删除的网站杂项，按顺序尝试，第一条符合的规则生效'),
    inline: z.array(inlineRule).default([]).describe('嵌在行内的网站杂项'),
  })
  .describe('网站杂项（页眉、页脚、导航、提示语等）的写法');

/** Site furniture rules, as validated from `content/furniture.yaml`. */
export type Furniture = z.infer<typeof furnitureSchema>;
/** One whole-line furniture rule as written in the data file. */
export type LineRuleData = Furniture['lines'][number];
