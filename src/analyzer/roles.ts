import type { Rules } from './rules.ts';
import type { OutlineNode, Role, RoleEvidence } from './types.ts';

const LABEL_ROLES: Record<string, Role> = {
  问题: 'problem',
  原因: 'cause',
  对策: 'countermeasure',
  建议: 'countermeasure',
  措施: 'countermeasure',
  整改措施: 'countermeasure',
};

/**
 * The role a heading's own words give it. When several cue words occur the
 * last one wins: Chinese noun phrases put their head last
 * (`存在问题的原因分析` is about causes).
 */
export function headingRole(heading: string, cues: Rules['roleCues']): RoleEvidence & { role?: Role } {
  let best: { role: Role; cue: string; at: number } | undefined;
  for (const [role, cue] of cueList(cues)) {
    const at = heading.lastIndexOf(cue);
    if (at === -1) continue;
    const end = at + cue.length;
    if (!best || end > best.at + best.cue.length || (end === best.at + best.cue.length && cue.length > best.cue.length)) {
      best = { role, cue, at };
    }
  }
  return best ? { source: 'heading', cue: best.cue, role: best.role } : { source: 'default' };
}

const cueLists = new WeakMap<Rules['roleCues'], readonly (readonly [Role, string])[]>();

/** Every (role, cue) of `cues` in their order, listed once per rules object instead of per heading. */
function cueList(cues: Rules['roleCues']): readonly (readonly [Role, string])[] {
  let list = cueLists.get(cues);
  if (list === undefined) {
    list = (Object.entries(cues) as [Role, string[]][]).flatMap(([role, words]) => words.map((cue) => [role, cue] as const));
    cueLists.set(cues, list);
  }
  return list;
}

/**
 * Give every section a role: from its own heading words (or its label, as in
 * `问题一:` / `整改措施:`), else inherited from the section it sits in.
 * `view` is the simplified view used to match cue words.
 */
export function assignRoles(nodes: OutlineNode[], view: string, cues: Rules['roleCues'], parent?: OutlineNode): void {
  for (const node of nodes) {
    const label = node.marker?.label;
    if (label && LABEL_ROLES[label]) {
      node.role = LABEL_ROLES[label];
      node.roleEvidence = { source: 'heading', cue: label };
    } else if (node.marker) {
      const found = headingRole(view.slice(node.headingSpan.start, node.headingSpan.end), cues);
      if (found.role) {
        node.role = found.role;
        node.roleEvidence = { source: 'heading', cue: found.cue! };
      } else if (parent) {
        node.role = parent.role;
        node.roleEvidence = { source: 'inherited' };
      } else {
        node.role = 'other';
        node.roleEvidence = { source: 'default' };
      }
    }
    assignRoles(node.children, view, cues, node);
  }
}
