import { describe, expect, it } from 'vitest';
import { headingRole } from '../../../src/analyzer/source/outline/roles.ts';
import { itemsOf } from '../../analyze-helpers.ts';
import { rules } from '../../helpers.ts';

describe('unnumbered role heading lines', () => {
  it('give their role to the numbered items below them, until the next such line', () => {
    const text = [
      '社区党建工作调研',
      '近年来，我们对社区党建工作进行了调研，情况如下。',
      '当前党员教育工作中存在的问题',
      '1.学习形式单一。有的支部照本宣科。',
      '2.管理手段落后。台账不全。',
      '对策建议',
      '1.丰富学习形式。开展互动式学习。',
      '2.更新管理手段。建立电子台账。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 学习形式单一',
      'problem: 管理手段落后',
      'countermeasure: 丰富学习形式',
      'countermeasure: 更新管理手段',
    ]);
  });

  it('end at a numbered heading that names a role of its own', () => {
    const text = [
      '调研报告',
      '存在的问题：',
      '1.学习形式单一。有的支部照本宣科。',
      '2.管理手段落后。台账不全。',
      '3.对策建议',
      '加强学习。',
      '',
    ].join('\n');
    expect(itemsOf(text).filter((i) => i.startsWith('problem'))).toEqual([
      'problem: 学习形式单一',
      'problem: 管理手段落后',
    ]);
  });

  it('take the title as the heading when it names one role and the paragraphs enumerate', () => {
    const text = [
      '农村党建问题',
      '',
      '农村党建是一项基础工作，近年来取得了成效，但也存在一些问题。',
      '首先，党员队伍老化严重。年轻人外出务工。',
      '其次，活动阵地不足。一些村没有活动室。',
      '最后，经费保障不到位。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual(['problem: 党员队伍老化严重', 'problem: 活动阵地不足', 'problem: 经费保障不到位']);
  });

  it('are not taken from a title naming both problems and countermeasures', () => {
    const text = ['农村党建存在的问题及对策', '', '一是党员队伍老化。', '二是活动阵地不足。', ''].join('\n');
    expect(itemsOf(text).every((i) => !i.startsWith('countermeasure'))).toBe(true);
  });
});

describe('role vocabulary of the genre', () => {
  it('reads the role words the corpus uses beyond the sample', () => {
    const role = (h: string) => headingRole(h, rules.roleCues).role;
    expect(
      ['党建工作的短板弱项', '机关党建存在的差距', '流动党员管理新策略', '下一步工作打算', '今后的努力方向'].map(role),
    ).toEqual(['problem', 'problem', 'countermeasure', 'countermeasure', 'countermeasure']);
    expect(role('当前县直机关党建工作基本情况')).toBe('context');
  });
});
