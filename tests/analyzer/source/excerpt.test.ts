import { describe, expect, it } from 'vitest';
import { inferRole } from '../../../src/analyzer/source/outline/infer.ts';
import { itemsOf } from '../../analyze-helpers.ts';
import { rules } from '../../helpers.ts';

// Excerpts saved from document sites often start inside an article, in the middle of a list.
describe('an excerpt that starts inside a list', () => {
  it('reads the list from its first visible member', () => {
    const text = [
      '多、实招少，推深做实政治建设工作还需持续用力。',
      '2.组织生活质效不够到位。一些党支部只注重组织生活形式与次数。',
      '3.党建业务融合不够充分。一些党支部主动融入中心工作不够。',
      '4.支部品牌创建不够主动。一些党支部不重视品牌创建工作。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 组织生活质效不够到位',
      'problem: 党建业务融合不够充分',
      'problem: 支部品牌创建不够主动',
    ]);
  });

  it('puts a higher list met later at the top, not under the truncated one', () => {
    const text = [
      '（三）强化党建引领，落实党建重点任务。严格执行党的组织生活各项制度。',
      '二、存在问题',
      '（一）党建工作责任制落实不到位。听取党建责任情况汇报不够。',
      '（二）党建工作创新不足。工作创新性、主动性不强。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 党建工作责任制落实不到位', 'problem: 党建工作创新不足']);
  });
});

// A cue word the heading goes on to find wanting is what the problem is about, not the section's role.
describe('a role word found wanting', () => {
  it('reads an unnamed list by its wording when the only cue word is found wanting', () => {
    const text = [
      '1.党内政治教育党味不浓。一些党支部形式单调。',
      '2.管理监督措施不够有力。对党员日常管理不够严格。',
      '3.党建业务融合不够充分。主动融入中心工作不够。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党内政治教育党味不浓',
      'problem: 管理监督措施不够有力',
      'problem: 党建业务融合不够充分',
    ]);
  });
});

describe('a numbered heading naming two roles', () => {
  it('reads the items of `问题及成因分析` by their own wording', () => {
    const text = [
      '一、机关党建工作存在的问题及成因分析',
      '（一）对机关党建的功能定位不清，党建工作难以深入推进',
      '（二）对机关党建的重视程度不够，党建工作不能扎实开展',
      '（三）对机关党建的创新想法不多，党建工作形式不够丰富',
      '二、对策建议',
      '（一）加强机关党建的功能定位',
      '（二）完善机关党建工作机制',
      '',
    ].join('\n');
    expect(itemsOf(text).map((i) => i.split(':')[0])).toEqual([
      'problem',
      'problem',
      'problem',
      'countermeasure',
      'countermeasure',
    ]);
  });

  it('reads an action just after a negator as what is lacking', () => {
    expect(inferRole('党建工作不能扎实开展', rules.itemWording)?.role).toBe('problem');
    expect(inferRole('工作缺乏创新', rules.itemWording)?.role).toBe('problem');
    expect(inferRole('扎实开展党建工作', rules.itemWording)?.role).toBe('countermeasure');
  });
});
