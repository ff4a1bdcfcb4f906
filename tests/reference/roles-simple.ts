// The heading role as first written (the last occurrence of each cue, by `lastIndexOf`): the oracle for tests/analyzer/source/outline.test.ts.
import type { Rules } from '../../src/analyzer/config/rules.ts';
import type { Role, RoleEvidence } from '../../src/analyzer/types.ts';

export function simpleHeadingRole(spaced: string, cues: Rules['roleCues']): RoleEvidence & { role?: Role } {
  // Letter-spaced headings (`问 题`) read as if unspaced.
  const heading = spaced.replace(/[ \u3000]/g, '');
  let best: { role: Role; cue: string; at: number } | undefined;
  for (const [role, words] of Object.entries(cues) as [Role, string[]][]) {
    for (const cue of words) {
      const at = heading.lastIndexOf(cue);
      if (at === -1) continue;
      const end = at + cue.length;
      if (
        !best ||
        end > best.at + best.cue.length ||
        (end === best.at + best.cue.length && cue.length > best.cue.length)
      ) {
        best = { role, cue, at };
      }
    }
  }
  return best ? { source: 'heading', cue: best.cue, role: best.role } : { source: 'default' };
}
