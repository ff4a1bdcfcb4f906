import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/analyzer/index.ts';
import { codingAgreement, cohensKappa, formatAgreement, MIN_ITEMS } from '../../src/qda/agreement.ts';
import { analyzeSeed, corpusOptions } from '../analyze-helpers.ts';
import type { content } from '../helpers.ts';

/** `count` pairs of `[a, b]`. */
const times = <T>(count: number, a: T, b: T) => Array.from({ length: count }, () => [a, b] as const);

describe("Cohen's κ", () => {
  it('is 1 for perfect agreement', () => {
    const k = cohensKappa([...times(10, 'yes', 'yes'), ...times(5, 'no', 'no'), ...times(3, 'maybe', 'maybe')]);
    expect(k.kappa).toBe(1);
    expect(k.observed).toBe(1);
  });

  it('is 0 when agreement is what chance gives', () => {
    // Both coders say yes half the time, independently: observed = expected = 0.5.
    const k = cohensKappa([...times(25, 1, 1), ...times(25, 1, 0), ...times(25, 0, 1), ...times(25, 0, 0)]);
    expect(k.observed).toBe(0.5);
    expect(k.expected).toBe(0.5);
    expect(k.kappa).toBe(0);
  });

  it('gives 0.4 on the textbook 50-proposal example', () => {
    // A and B both yes 20, A yes B no 5, A no B yes 10, both no 15: p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5.
    const k = cohensKappa([
      ...times(20, 'y', 'y'),
      ...times(5, 'y', 'n'),
      ...times(10, 'n', 'y'),
      ...times(15, 'n', 'n'),
    ]);
    expect(k.n).toBe(50);
    expect(k.agreed).toBe(35);
    expect(k.observed).toBeCloseTo(0.7, 12);
    expect(k.expected).toBeCloseTo(0.5, 12);
    expect(k.kappa).toBeCloseTo(0.4, 12);
  });

  it('is undefined when both coders use one label only', () => {
    expect(cohensKappa(times(4, 'x', 'x')).kappa).toBeUndefined();
    expect(cohensKappa([]).kappa).toBeUndefined();
  });
});

describe('coding agreement over the corpus', () => {
  const seed = analyzeSeed();
  const corpusWith = (overrides: typeof content.overrides) =>
    analyzeCorpus([seed], [], { ...corpusOptions(), overrides }).corpus;
  const none = corpusWith({ items: {}, links: { add: [], remove: [] } });
  const items = none.sources[0].articles.flatMap((a) => a.items);
  const problem = items.find((i) => i.role === 'problem' && i.themes.length > 0)!;

  it('counts an overridden role and a removed theme as disagreements', () => {
    const theme = problem.themes[0].theme;
    const corrected = corpusWith({
      items: { [problem.id]: { role: 'cause', removeThemes: [theme] } },
      links: { add: [], remove: [] },
    });
    const { rows, corrected: n } = codingAgreement(corrected);
    expect(n).toBe(1);
    const roles = rows.find((r) => r.id === 'roles')!;
    expect(roles.n).toBe(items.length);
    expect(roles.agreed).toBe(items.length - 1);
    expect(roles.reliable).toBe(items.length >= MIN_ITEMS);
    const row = rows.find((r) => r.id === theme)!;
    expect(row.changed).toBe(1);
    expect(row.automatic - row.decided).toBe(1);
    expect(row.kappa).toBeLessThan(1);
    expect(rows.filter((r) => r.changed > 0).map((r) => r.id)).toEqual(['roles', theme]);
  });

  it('says in the report when nobody has corrected anything', () => {
    expect(formatAgreement(none)).toContain('尚无人工修正');
  });
});
