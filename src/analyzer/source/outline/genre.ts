import type { Diagnostic, Item, ItemRole, OutlineNode } from '../../types.ts';
import { ITEM_ROLES } from './roles.ts';

/**
 * Whether an article reads as the genre: its title or a heading (numbered, or
 * a line of its own) names an item role outside a context section, or it
 * enumerates problems or causes. A news item or work summary listing only
 * directives or achievements (一是要…, 加强了…) is none of these: its items
 * are dropped, and the note says why.
 */
export function genreDecision(
  nodes: readonly OutlineNode[],
  items: readonly Item[],
  text: string,
  newsMarkers: readonly string[],
  titleNamesRole: boolean,
): { genre: true } | { genre: false; warning: Diagnostic } {
  if (items.length === 0 || titleNamesRole || namesRole(nodes)) return { genre: true };
  // Problems or causes enumerated are the genre's own matter; a text listing only what to do (or what was
  // done) is not, nor is a news report whose one point read as a deficiency is all it has of them.
  const news = newsMarkers.filter((w) => text.includes(w));
  const deficiencies = items.filter((i) => i.role !== 'countermeasure').length;
  if (deficiencies >= (news.length > 0 ? 2 : 1)) return { genre: true };
  const reason = news.length > 0 ? `，且有新闻报道用语（${news.slice(0, 3).join('、')}）` : '';
  const listed =
    deficiencies === 0
      ? '都只是要做（或已做）的事，没有问题或原因'
      : '只有 1 项读作问题或原因，其余都是要做（或已做）的事';
  return {
    genre: false,
    warning: {
      code: 'genre.not-genre',
      message: `这篇文章不像“问题及对策”体裁：没有点明问题、原因或对策的标题，列举的 ${items.length} 项${listed}${reason}，更像工作部署、成绩罗列或新闻报道，因此不取条目。如确属本体裁，可为其小节标题补上角色词（content/rules.yaml 的 roleCues）。`,
    },
  };
}

/** Whether a section's own heading names an item role, outside any section whose heading names the context. */
export function namesRole(nodes: readonly OutlineNode[]): boolean {
  return rolesNamed(nodes).size > 0;
}

/** The item roles that sections' own headings name, outside any section whose heading names the context. */
export function rolesNamed(nodes: readonly OutlineNode[], into = new Set<ItemRole>()): Set<ItemRole> {
  for (const n of nodes) {
    if (n.roleEvidence.source === 'heading' && ITEM_ROLES.has(n.role)) into.add(n.role as ItemRole);
    else if (n.roleEvidence.source !== 'heading' || n.role !== 'context') rolesNamed(n.children, into);
  }
  return into;
}
