import { describe, expect, it } from 'vitest';
import { pairsOf } from '../../analyze-helpers.ts';

describe('a problem section whose numbered sections a countermeasure label opens', () => {
  const text = [
    '行业党建工作的难题与对策',
    '一、党员素质不高的难题',
    '一些党员对党的理论了解不深入。',
    '应对策略:1. 加强党员教育培训,提高理论水平。',
    '组织开展党课、座谈会。',
    '2. 完善激励机制,激发工作热情。',
    '二、党组织活动开展困难的难题',
    '行业党组织规模小,人员分散。',
    '应对策略:1. 充分利用信息化手段,拓宽活动渠道。',
    '2. 加强与其他单位党组织的合作。',
    '',
  ].join('\n');

  it('is the problem, and the numbered sections (`应对策略:1.…` ⏎ `2.…`) are what answers it', () => {
    expect(pairsOf(text)).toEqual([
      'problem: 党员素质不高的难题 ↔ 加强党员教育培训,提高理论水平、完善激励机制,激发工作热情',
      'countermeasure: 加强党员教育培训,提高理论水平 ↔ 党员素质不高的难题',
      'countermeasure: 完善激励机制,激发工作热情 ↔ 党员素质不高的难题',
      'problem: 党组织活动开展困难的难题 ↔ 充分利用信息化手段,拓宽活动渠道、加强与其他单位党组织的合作',
      'countermeasure: 充分利用信息化手段,拓宽活动渠道 ↔ 党组织活动开展困难的难题',
      'countermeasure: 加强与其他单位党组织的合作 ↔ 党组织活动开展困难的难题',
    ]);
  });

  it('is a part whose sections are the problems where no such label opens them', () => {
    expect(pairsOf(text.replaceAll('应对策略:', ''))[0]).toMatch(/^problem: 加强党员教育培训/);
  });
});
