import { describe, expect, it } from 'vitest';
import type { Edit, Removed } from '../../src/analyzer/index.ts';
import { sourceParts } from '../../src/lib/source-parts.ts';
import { removedLabel } from '../../src/lib/ui.ts';

describe('the 原文对照 page’s parts', () => {
  const edit: Edit = { rule: 'artifact.compatibility-ideograph', start: 11, end: 12, at: 1, before: '⼯', after: '工' };
  const header: Removed = { kind: 'running-header', text: '城市社区党建研究', at: 10, page: 3 };
  const number: Removed = { kind: 'page-number', text: '3', at: 13, page: 3 };

  it('marks each change and, in its place, what extraction left out', () => {
    expect(sourceParts('党⼯作者', 10, [edit], [number, header])).toEqual([
      { removed: [header] },
      { text: '党' },
      { edit, n: 1 },
      { text: '作' },
      { removed: [number] },
      { text: '者' },
    ]);
  });

  it('leaves out what was left out of another article', () => {
    expect(
      sourceParts(
        '党工',
        10,
        [],
        [
          { ...header, at: 2 },
          { ...number, at: 12 },
        ],
      ),
    ).toEqual([{ text: '党工' }]);
  });

  it('says what was left out, on which page', () => {
    expect(removedLabel([header, { ...number, at: 10 }])).toBe('〔第 3 页 页眉：城市社区党建研究；页码：3〕');
    // A page's number and the next page's header stand at one place.
    expect(removedLabel([number, { ...header, page: 4 }])).toBe('〔第 3 页 页码：3；第 4 页 页眉：城市社区党建研究〕');
    expect(removedLabel([{ kind: 'footnote', text: '[1] 数据来自2023年街道统计。' }])).toBe(
      '〔脚注：[1] 数据来自2023年街道统计。〕',
    );
  });
});
