import { z } from 'zod';

const id = z.string().min(1);

/** Schema of `content/overrides.yaml`: people's corrections to the automatic analysis, by item id. */
export const overridesSchema = z.strictObject({
  /** Per item: its role, or themes to set, add or remove. */
  items: z
    .record(
      id,
      z.strictObject({
        role: z.enum(['problem', 'cause', 'countermeasure']).optional().describe('改为这个角色'),
        themes: z.array(id).optional().describe('只保留这些议题（取代自动标注）'),
        addThemes: z.array(id).optional().describe('加上这些议题'),
        removeThemes: z.array(id).optional().describe('去掉这些议题'),
        note: z.string().optional(),
      }),
    )
    .default({}),
  /** Links to add or to remove. */
  links: z
    .strictObject({
      add: z.array(z.strictObject({ from: id, to: id, note: z.string().optional() })).default([]),
      remove: z.array(z.strictObject({ from: id, to: id, note: z.string().optional() })).default([]),
    })
    .default({ add: [], remove: [] }),
});

export type Overrides = z.infer<typeof overridesSchema>;
