// The wording scan as first written (every word of every list tried at each position): the oracle for tests/analyzer/source/infer.test.ts.
import type { Rules } from '../../src/analyzer/config/rules.ts';
import type { ItemRole } from '../../src/analyzer/types.ts';

const ROLES: readonly ItemRole[] = ['problem', 'cause', 'countermeasure'];

/** The longest word of `wording` at `i` in `title` (`opening` words only at 0, ahead of the rest), with its role; the first listed role wins a tie. */
export function simpleWordAt(
  title: string,
  i: number,
  wording: Rules['itemWording'],
): { role: ItemRole; word: string } | undefined {
  let best: { role: ItemRole; word: string } | undefined;
  // At 0 the opening words of every role are tried before any other word, so they win a tie.
  const lists: [ItemRole, readonly string[]][] = [
    ...(i === 0 ? ROLES.map((role): [ItemRole, readonly string[]] => [role, wording[role].opening]) : []),
    ...ROLES.map((role): [ItemRole, readonly string[]] => [role, wording[role].anywhere]),
  ];
  for (const [role, list] of lists)
    for (const word of list)
      if ((!best || word.length > best.word.length) && title.startsWith(word, i)) best = { role, word };
  return best;
}
