// The wording scan as first written (every word of every list tried at each position): the oracle for tests/analyzer/source/infer.test.ts.
import type { Rules } from '../../src/analyzer/config/rules.ts';
import type { ItemRole } from '../../src/analyzer/types.ts';

const ROLES: readonly ItemRole[] = ['problem', 'cause', 'countermeasure'];

/** The longest word of `wording` at `i` in `title` (`opening` words only at 0), with its role; the first listed role wins a tie. */
export function simpleWordAt(
  title: string,
  i: number,
  wording: Rules['itemWording'],
): { role: ItemRole; word: string } | undefined {
  let best: { role: ItemRole; word: string } | undefined;
  for (const role of ROLES) {
    const lists = i === 0 ? [wording[role].anywhere, wording[role].opening] : [wording[role].anywhere];
    for (const list of lists)
      for (const word of list)
        if ((!best || word.length > best.word.length) && title.startsWith(word, i)) best = { role, word };
  }
  return best;
}
