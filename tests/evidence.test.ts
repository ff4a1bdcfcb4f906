/** Evidence beside a theme, a link or an inferred role, written compactly without losing any of it. */
import { describe, expect, it } from 'vitest';
import type { ThemeTag } from '../src/analyzer/types.ts';
import { linkEvidence, roleInference, tagTerms } from '../src/lib/evidence.ts';

const tag = (terms: [string, number][]): ThemeTag => ({
  theme: 't',
  score: 1,
  source: 'auto',
  evidence: terms.map(([term, n]) => ({ term, weight: 1, at: Array.from({ length: n }, (_, i) => i), inTitle: false })),
});

describe('tagTerms', () => {
  it('gives a count only to terms that occur more than once', () => {
    expect(
      tagTerms(
        tag([
          ['经费', 2],
          ['活动场所', 1],
          ['财政', 3],
        ]),
      ),
    ).toBe('经费×2、活动场所、财政×3');
  });
  it('is empty without evidence', () => {
    expect(tagTerms(tag([]))).toBe('');
  });
});

describe('linkEvidence', () => {
  it('names the shared themes once, after the shared words', () => {
    expect(linkEvidence(['党组织', '管理', '议题：组织设置与领导体制', '议题：党员教育管理'])).toBe(
      '党组织、管理；议题：组织设置与领导体制、党员教育管理',
    );
  });
  it('writes words alone or themes alone without a separator', () => {
    expect(linkEvidence(['党组织', '管理'])).toBe('党组织、管理');
    expect(linkEvidence(['议题：经费与阵地保障'])).toBe('议题：经费与阵地保障');
  });
  it('keeps quoted phrases and notes among the words, in order', () => {
    expect(linkEvidence(['“刻舟求剑”', '“与时俱进”'])).toBe('“刻舟求剑”、“与时俱进”');
    expect(linkEvidence(['文中成对给出'])).toBe('文中成对给出');
  });
  it('loses no evidence: every word and theme name is in the line', () => {
    const ev = ['甲', '议题：乙', '丙', '议题：丁'];
    const line = linkEvidence(ev);
    for (const e of ev) expect(line).toContain(e.replace('议题：', ''));
  });
});

describe('roleInference', () => {
  it('names the words and their lead, or the closing word that settled a tie', () => {
    expect(roleInference({ source: 'inferred', words: ['不健全', '不明显'], margin: 2 })).toContain(
      '“不健全、不明显”推断（比次选角色多 2 个词）',
    );
    expect(roleInference({ source: 'inferred', words: ['不适应'], margin: 0 })).toContain('以句末的“不适应”为准');
    expect(roleInference({ source: 'inferred', words: ['单一'], margin: 0, settledBy: 'list' })).toContain(
      '同一列举的其他各项都读作这一角色',
    );
  });
});
