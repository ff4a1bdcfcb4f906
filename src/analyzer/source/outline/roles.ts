import type { Rules } from '../../config/rules.ts';
import type { OutlineNode, Role, RoleEvidence } from '../../types.ts';

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
  return headingRoleIn(heading, 0, heading.length, cues);
}

/**
 * `headingRole(view.slice(start, end), cues)` without slicing. The cue whose
 * last occurrence ends last wins, the longer one where two end together,
 * else the first listed: so the ends are tried from the heading's end
 * backwards, each against the cues ending in its code unit (longest, then
 * first listed, first), and the first end any cue meets decides.
 */
function headingRoleIn(
  view: string,
  start: number,
  end: number,
  cues: Rules['roleCues'],
): RoleEvidence & { role?: Role } {
  const { units, byLast } = cuesByLast(cues);
  for (let e = end; e > start; e--) {
    const unit = view.charCodeAt(e - 1);
    if (units[unit] !== 1) continue;
    const ending = byLast.get(unit)!;
    for (const [role, cue] of ending) {
      if (e - cue.length >= start && view.startsWith(cue, e - cue.length)) return { source: 'heading', cue, role };
    }
  }
  return { source: 'default' };
}

/** The cues of a rules object by their last code unit. */
interface CueIndex {
  /** Code units (1) some cue ends with: most of a heading's are none, and a table is read quicker than the map. */
  units: Uint8Array;
  /** The (role, cue) pairs ending with each, longest first, else in listed order. */
  byLast: Map<number, (readonly [Role, string])[]>;
}

const cueIndexes = new WeakMap<Rules['roleCues'], CueIndex>();

/** The `CueIndex` of a rules object, made once per rules object instead of per heading. Cues are never empty (the rules' schema). */
function cuesByLast(cues: Rules['roleCues']): CueIndex {
  let index = cueIndexes.get(cues);
  if (index === undefined) {
    index = { units: new Uint8Array(0x10000), byLast: new Map() };
    for (const [role, words] of Object.entries(cues) as [Role, string[]][]) {
      for (const cue of words) {
        const unit = cue.charCodeAt(cue.length - 1);
        index.units[unit] = 1;
        let list = index.byLast.get(unit);
        if (list === undefined) index.byLast.set(unit, (list = []));
        list.push([role, cue]);
      }
    }
    // A stable sort: cues of one length keep their listed order.
    for (const list of index.byLast.values()) list.sort((a, b) => b[1].length - a[1].length);
    cueIndexes.set(cues, index);
  }
  return index;
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
      const found = headingRoleIn(view, node.headingSpan.start, node.headingSpan.end, cues);
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
