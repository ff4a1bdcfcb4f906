/** How the 原文对照 page groups and shows the automatic changes (src/pages/articles/[slug]/source.astro). */

/** What a change does, as a reader tells them apart: fixing characters, removing page clutter, joining lines. */
export type EditKind = 'fix' | 'remove' | 'join';

/** Kinds in the order the page offers them: what matters for the wording first. */
export const EDIT_KINDS: readonly EditKind[] = ['fix', 'remove', 'join'];

/** The kind of a cleaning rule (README, 清理规则): OCR corrections and glyph repairs fix, layout joins, the rest removes. */
export function editKind(rule: string): EditKind {
  if (rule === 'correction' || rule.startsWith('artifact.')) return 'fix';
  if (rule.startsWith('layout.')) return 'join';
  return 'remove';
}

/**
 * A changed stretch of text as a reader can see it: line breaks as ↵, tabs as ⇥, spaces at either end as ␣,
 * nothing as （无）. Never a programming-language escape such as `"\n\n  "`.
 */
export function visibleText(text: string): string {
  if (text === '') return '（无）';
  const lead = /^ +/.exec(text)?.[0].length ?? 0;
  const trail = lead === text.length ? 0 : (/ +$/.exec(text)?.[0].length ?? 0);
  const middle = text
    .slice(lead, text.length - trail)
    .replace(/\r?\n/g, '↵')
    .replace(/\t/g, '⇥');
  return `${'␣'.repeat(lead)}${middle}${'␣'.repeat(trail)}`;
}
