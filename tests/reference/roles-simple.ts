// The heading role as first written (the last occurrence of each cue, by `lastIndexOf`; a `…表现在` cue borrows its subject's): the oracle for tests/analyzer/source/outline.test.ts.
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
  if (!best) return { source: 'default' };
  // `…的特点主要表现在`: a `…表现` cue used as a verb names what the cue before it in its clause names.
  if (best.cue.endsWith('表现') && '在为是于'.includes(heading[best.at + best.cue.length] ?? '-')) {
    const clause = heading
      .slice(0, best.at)
      .split(/[，,；;。：:！？!?\n]/)
      .at(-1)!;
    const subject = simpleHeadingRole(clause, cues);
    if (subject.role) return subject;
  }
  return { source: 'heading', cue: best.cue, role: best.role };
}
