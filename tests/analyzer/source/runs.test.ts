import { describe, expect, it } from 'vitest';
import { analyzeText, itemsOf } from '../../analyze-helpers.ts';

describe('enumerations inside one paragraph', () => {
  it('are the items after a lead-in that announces them, each run with the role its lead-in names', () => {
    const text = [
      '机关党建调研',
      '一、调研发现',
      '经过调研，当前存在以下问题：一是学习教育流于形式，照本宣科；二是组织生活不够严肃，批评不够；三是制度执行不严。',
      '针对上述情况，提出如下建议：一是创新学习方式；二是严格组织生活。',
      '二、调研体会',
      '调研让我们认识到党建工作的重要性。',
      '',
    ].join('\n');
    const named = text.replace('一、调研发现', '一、存在的问题');
    // Under a problem heading, or under none (the lead-ins name the roles all the same).
    expect(itemsOf(text)).toEqual(itemsOf(named));
    expect(itemsOf(named)).toEqual([
      'problem: 学习教育流于形式，照本宣科',
      'problem: 组织生活不够严肃，批评不够',
      'problem: 制度执行不严',
      'countermeasure: 创新学习方式',
      'countermeasure: 严格组织生活',
    ]);
  });

  it('stay the sub-points of an item when nothing announces them', () => {
    const text = [
      '农村党建调研',
      '一、存在的问题',
      '(一)带头人选配难度大。一是能人不愿干，二是干部年龄偏大。',
      '(二)活动阵地不足。一是场所小，二是设施旧。',
      '',
    ].join('\n');
    const result = analyzeText(text);
    const items = result.ok ? result.source.articles[0].items : [];
    expect(items.map((i) => `${i.title} ${i.subpoints.length}`)).toEqual(['带头人选配难度大 2', '活动阵地不足 2']);
  });
});
