/**
 * Which of a theme's items a page shows when it cannot show them all (theme pages, study packs): the ones people
 * tagged, then the highest scores, in corpus order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Item, ItemRole, ThemeTag } from '../src/analyzer/types.ts';
import { strongestOfRole, taggedItems, themeRoleUrl, type TaggedItem } from '../src/lib/theme-items.ts';

function entry(id: string, role: ItemRole, score: number, source: ThemeTag['source'] = 'auto'): TaggedItem {
  const tag: ThemeTag = { theme: 't', score, evidence: [], source };
  return { item: { id, role, themes: [tag] } as unknown as Item, article: { slug: id.split('-')[0] } as Article, tag };
}

describe('strongestOfRole', () => {
  it('returns a list no longer than the limit whole, in its order', () => {
    const list = [entry('a-1', 'problem', 1), entry('a-2', 'cause', 9), entry('b-1', 'problem', 3)];
    expect(strongestOfRole(list, 'problem', 5)).toEqual({ shown: [list[0], list[2]], total: 2 });
  });

  it('keeps what a person tagged, then the highest scores; ties go to the earlier item; corpus order kept', () => {
    const list = [
      entry('a-1', 'problem', 1),
      entry('a-2', 'problem', 5),
      entry('b-1', 'problem', 0.5, 'override'),
      entry('b-2', 'problem', 5),
      entry('c-1', 'problem', 4),
    ];
    const { shown, total } = strongestOfRole(list, 'problem', 3);
    expect(total).toBe(5);
    expect(shown.map((e) => e.item.id)).toEqual(['a-2', 'b-1', 'b-2']);
    expect(strongestOfRole(list, 'problem', 2).shown.map((e) => e.item.id)).toEqual(['a-2', 'b-1']);
  });

  it('always keeps min(limit, n) items, in order, none outscored by one left out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.boolean()), { maxLength: 40 }),
        fc.integer({ min: 0, max: 45 }),
        (spec, limit) => {
          const list = spec.map(([score, override], i) =>
            entry(`x-${i}`, 'problem', score, override ? 'override' : 'auto'),
          );
          const { shown, total } = strongestOfRole(list, 'problem', limit);
          expect(total).toBe(list.length);
          expect(shown.length).toBe(Math.min(limit, list.length));
          const at = shown.map((e) => list.indexOf(e));
          expect(at).toEqual([...at].sort((x, y) => x - y));
          const rank = (e: TaggedItem) => (e.tag.source === 'override' ? Infinity : e.tag.score);
          const lowest = Math.min(...shown.map(rank));
          for (const e of list) if (!shown.includes(e)) expect(rank(e)).toBeLessThanOrEqual(lowest);
        },
      ),
    );
  });
});

describe('taggedItems', () => {
  it('lists the items carrying the theme, article by article', () => {
    const tag = (theme: string): ThemeTag => ({ theme, score: 1, evidence: [], source: 'auto' });
    const item = (id: string, ...themes: string[]) =>
      ({ id, role: 'problem', themes: themes.map(tag) }) as unknown as Item;
    const articles = [
      { slug: 'a', items: [item('a-1', 'x'), item('a-2', 'y')] },
      { slug: 'b', items: [item('b-1', 'y', 'x')] },
    ] as unknown as Article[];
    expect(taggedItems(articles, 'x').map((e) => [e.item.id, e.article.slug, e.tag.theme])).toEqual([
      ['a-1', 'a', 'x'],
      ['b-1', 'b', 'x'],
    ]);
  });
});

describe('themeRoleUrl', () => {
  it('puts page 1 at the role’s own address', () => {
    expect(themeRoleUrl('funding-venues', 'problem')).toBe('/themes/funding-venues/problem/');
    expect(themeRoleUrl('funding-venues', 'problem', 1)).toBe('/themes/funding-venues/problem/');
    expect(themeRoleUrl('funding-venues', 'countermeasure', 3)).toBe('/themes/funding-venues/countermeasure/3/');
  });
});
