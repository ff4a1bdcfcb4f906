import { describe, expect, it } from 'vitest';
import { fill, fillTemplate, ui } from '../src/lib/ui.ts';
import { fillStudy, uiStudy } from '../src/lib/ui-study.ts';

describe('fillTemplate', () => {
  it('fills every placeholder, the same one as often as it occurs', () => {
    expect(fillTemplate('第 {n} 页，共 {total} 页（{n}）', { n: 2, total: 5 })).toBe('第 2 页，共 5 页（2）');
  });
  it('leaves a placeholder it has no value for, so a missing value shows instead of vanishing', () => {
    expect(fillTemplate('共 {n} 篇，{unknown}', { n: 0 })).toBe('共 0 篇，{unknown}');
  });
  it('does not read values as patterns', () => {
    expect(fillTemplate('{path}', { path: '$& {n} $1' })).toBe('$& {n} $1');
  });
});

describe('site strings', () => {
  it('fill and fillStudy use the strings of ui.ts and ui-study.ts', () => {
    expect(fill('pager.position', { n: 1, total: 3 })).toBe(fillTemplate(ui['pager.position'], { n: 1, total: 3 }));
    expect(fillStudy('study.end', { id: 'csdj8-2-problem-1' })).toBe(
      fillTemplate(uiStudy['study.end'], { id: 'csdj8-2-problem-1' }),
    );
  });
  it('are all Chinese: every string a reader sees has Han characters or is a symbol', () => {
    for (const [key, text] of [...Object.entries(ui), ...Object.entries(uiStudy)]) {
      expect(/\p{Script=Han}/u.test(text) || !/[A-Za-z]{3}/.test(text), key).toBe(true);
    }
  });
});
