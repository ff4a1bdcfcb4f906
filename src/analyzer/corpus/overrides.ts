import type { Overrides } from '../config/overrides.ts';
import type { Item, ItemRole, Link, Theme } from '../types.ts';

/** A mistake in the overrides, with the path of the value in the file (for its line number). */
export interface OverrideProblem {
  path: (string | number)[];
  message: string;
}

/**
 * People's item corrections (role, themes) to the automatically tagged
 * `items`: the corrected items, as new objects by id (`items` and the items
 * in it are not changed), and unknown item or theme ids as problems, never ignored.
 */
export function applyItemOverrides(
  items: ReadonlyMap<string, Item>,
  themes: readonly Theme[],
  overrides: Overrides,
): { changed: Map<string, Item>; problems: OverrideProblem[] } {
  const problems: OverrideProblem[] = [];
  const changed = new Map<string, Item>();
  const themeIds = new Set(themes.map((t) => t.id));
  for (const [itemId, change] of Object.entries(overrides.items)) {
    const item = items.get(itemId);
    if (!item) {
      problems.push({ path: ['items', itemId], message: unknownItem(itemId, items) });
      continue;
    }
    for (const key of ['themes', 'addThemes', 'removeThemes'] as const) {
      (change[key] ?? []).forEach((t, i) => {
        if (!themeIds.has(t))
          problems.push({
            path: ['items', itemId, key, i],
            message: `没有 id 为“${t}”的议题；请对照 content/codebook.yaml 中的 id。`,
          });
      });
    }
    const manual = (theme: string) => ({ theme, score: 0, evidence: [], source: 'override' as const });
    let tags = item.themes;
    if (change.themes)
      tags = change.themes
        .filter((t) => themeIds.has(t))
        .map((t) => item.themes.find((x) => x.theme === t) ?? manual(t));
    for (const t of change.addThemes ?? [])
      if (themeIds.has(t) && !tags.some((x) => x.theme === t)) tags = [...tags, manual(t)];
    if (change.removeThemes) tags = tags.filter((t) => !change.removeThemes!.includes(t.theme));
    const automatic = item.automatic ?? { role: item.role, themes: item.themes.map((t) => t.theme) };
    changed.set(itemId, { ...item, role: (change.role as ItemRole | undefined) || item.role, themes: tags, automatic });
  }
  return { changed, problems };
}

/** Apply people's link corrections after automatic linking. */
export function applyLinkOverrides(
  links: Link[],
  items: ReadonlyMap<string, Item>,
  overrides: Overrides,
): { links: Link[]; problems: OverrideProblem[] } {
  const problems: OverrideProblem[] = [];
  const check = (list: 'add' | 'remove', i: number, end: 'from' | 'to', value: string) => {
    if (items.has(value)) return true;
    problems.push({ path: ['links', list, i, end], message: unknownItem(value, items) });
    return false;
  };
  const removed = new Set<string>();
  overrides.links.remove.forEach((l, i) => {
    if (check('remove', i, 'from', l.from) && check('remove', i, 'to', l.to)) removed.add(`${l.from}\u0000${l.to}`);
  });
  // Without removals, no key per link (there are tens of thousands).
  let out = removed.size === 0 ? links.slice() : links.filter((l) => !removed.has(`${l.from}\u0000${l.to}`));
  overrides.links.add.forEach((l, i) => {
    if (!(check('add', i, 'from', l.from) && check('add', i, 'to', l.to))) return;
    out = out.filter((x) => !(x.from === l.from && x.to === l.to));
    out.push({
      from: l.from,
      to: l.to,
      kind: 'explicit',
      score: 1,
      evidence: [l.note ?? '人工指定'],
      source: 'override',
    });
  });
  return { links: out, problems };
}

function unknownItem(id: string, items: ReadonlyMap<string, Item>): string {
  const near = closest(id, [...items.keys()], 3);
  return `没有 id 为“${id}”的条目${near.length ? `；相近的有：${near.join('、')}` : ''}。`;
}

/** The `n` ids closest to `id` by edit distance (for "did you mean"). */
export function closest(id: string, candidates: readonly string[], n: number): string[] {
  return candidates
    .map((c) => ({ c, d: distance(id, c) }))
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
    .slice(0, n)
    .map((x) => x.c);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
