/**
 * How far the automatic coding can be trusted: Cohen's κ and raw agreement
 * between the analyzer's coding and the coding people decided (automatic +
 * content/overrides.yaml), for the roles and for each theme.
 */
import type { Corpus, ItemRole } from '../analyzer/types.ts';
import { corpusItems } from './workbook.ts';

/** Two coders' labels for the same units, cross-tabulated, and the figures from them. */
export interface Kappa {
  /** Units coded. */
  n: number;
  /** Units both coders labelled alike. */
  agreed: number;
  /** Raw (observed) agreement, agreed / n. */
  observed: number;
  /** Agreement expected by chance from each coder's label frequencies. */
  expected: number;
  /** (observed − expected) / (1 − expected); undefined when both coders gave one and the same label throughout. */
  kappa: number | undefined;
}

/** Cohen's κ for paired labels `[first coder's, second coder's]`. */
export function cohensKappa<T>(pairs: readonly (readonly [T, T])[]): Kappa {
  const n = pairs.length;
  const first = new Map<T, number>();
  const second = new Map<T, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    if (a === b) agreed++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  if (n === 0) return { n, agreed, observed: 0, expected: 0, kappa: undefined };
  let expected = 0;
  for (const [label, count] of first) expected += (count / n) * ((second.get(label) ?? 0) / n);
  const observed = agreed / n;
  return { n, agreed, observed, expected, kappa: expected === 1 ? undefined : (observed - expected) / (1 - expected) };
}

/** Below this many coded items a figure is marked unreliable. */
export const MIN_ITEMS = 30;
/** A theme's figure is marked unreliable when fewer items than this carry it in either coding. */
export const MIN_THEME_ITEMS = 5;

/** One row of the agreement table. */
export interface AgreementRow extends Kappa {
  /** `roles`, or a theme id. */
  id: string;
  /** Items carrying the theme automatically and as decided (for roles: every item). */
  automatic: number;
  decided: number;
  /** Items whose coding people changed. */
  changed: number;
  reliable: boolean;
}

/**
 * Agreement between the automatic and the decided coding of every item.
 * Items nobody corrected count as confirmed: the decided coding is the
 * automatic one plus the overrides (as issue 18 defines it).
 */
export function codingAgreement(corpus: Corpus): { items: number; corrected: number; rows: AgreementRow[] } {
  const all = corpusItems(corpus);
  const items = all.map(({ item }) => ({
    decided: { role: item.role, themes: new Set(item.themes.map((t) => t.theme)) },
    automatic: item.automatic
      ? { role: item.automatic.role, themes: new Set(item.automatic.themes) }
      : { role: item.role, themes: new Set(item.themes.map((t) => t.theme)) },
  }));
  const rolePairs = items.map((i) => [i.automatic.role, i.decided.role] as [ItemRole, ItemRole]);
  const roles = cohensKappa(rolePairs);
  const rows: AgreementRow[] = [
    {
      id: 'roles',
      ...roles,
      automatic: items.length,
      decided: items.length,
      changed: roles.n - roles.agreed,
      reliable: roles.n >= MIN_ITEMS,
    },
  ];
  for (const theme of corpus.themes) {
    const pairs = items.map(
      (i) => [i.automatic.themes.has(theme.id), i.decided.themes.has(theme.id)] as [boolean, boolean],
    );
    const k = cohensKappa(pairs);
    const automatic = pairs.filter(([a]) => a).length;
    const decided = pairs.filter(([, d]) => d).length;
    const either = pairs.filter(([a, d]) => a || d).length;
    rows.push({
      id: theme.id,
      ...k,
      automatic,
      decided,
      changed: k.n - k.agreed,
      reliable: k.n >= MIN_ITEMS && either >= MIN_THEME_ITEMS,
    });
  }
  return { items: items.length, corrected: all.filter((x) => x.item.automatic).length, rows };
}

/** κ as shown: two decimals, or 无法计算 when undefined. */
export function formatKappa(k: number | undefined): string {
  return k === undefined ? '无法计算' : k.toFixed(2);
}

/** The agreement table as text, for `npm run analyze`. */
export function formatAgreement(corpus: Corpus): string {
  const { items, corrected, rows } = codingAgreement(corpus);
  const names = new Map(corpus.themes.map((t) => [t.id, t.name]));
  const lines = [
    `编码一致性（自动编码 对 人工确定的编码，共 ${items} 个条目，人工修正 ${corrected} 个）：`,
    ...rows.map((r) => {
      const name = r.id === 'roles' ? '角色' : (names.get(r.id) ?? r.id);
      const raw = r.n ? `${(r.observed * 100).toFixed(1)}%` : '—';
      const counts =
        r.id === 'roles' ? `改动 ${r.changed}` : `自动 ${r.automatic}，确定 ${r.decided}，改动 ${r.changed}`;
      return `  ${name}：κ ${formatKappa(r.kappa)}，一致率 ${raw}（${r.agreed}/${r.n}；${counts}）${r.reliable ? '' : '，样本过少，不可靠'}`;
    }),
  ];
  if (corrected === 0)
    lines.push('  尚无人工修正（content/overrides.yaml 为空）：各项一致只说明没有人改过，不说明自动编码正确。');
  return `${lines.join('\n')}\n`;
}
