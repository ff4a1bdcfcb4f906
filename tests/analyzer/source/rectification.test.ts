import { describe, expect, it } from 'vitest';
import { analyzeText, itemsOf, pairsOf } from '../../analyze-helpers.ts';

// A rectification progress report (巡察整改进展情况的通报) in the common template: how the rectification was
// organized, then each feedback problem with the measures taken on it.
const report = [
  '关于巡察整改进展情况的通报',
  '根据区委统一部署,2024年10月10日至11月8日,区委巡察组对区档案馆党支部进行了巡察。现将整改进展情况通报如下。',
  '一、党支部落实巡察整改主体责任情况',
  '(一)强化政治自觉抓整改。支部及时召开专题会议,对反馈意见逐一梳理。',
  '(二)强化组织领导抓整改。成立整改工作领导小组,书记任组长。',
  '二、党支部书记落实巡察整改第一责任人职责情况',
  '书记认真履行第一责任人职责,对整改负总责。',
  '三、巡察反馈问题整改落实情况',
  '1.档案数字化建设有差距。',
  '整改落实情况:一是制定数字化工作计划,明确时间节点。二是争取专项经费,购置扫描设备。',
  '',
].join('\n');

describe('rectification reports', () => {
  it('read the sections on how the rectification was organized as the situation, not as measures', () => {
    expect(itemsOf(report).filter((i) => i.includes('抓整改') || i.includes('职责情况'))).toEqual([]);
  });

  it('read a feedback problem stated as a shortfall (`…有差距`) and the measures its own section lists', () => {
    expect(pairsOf(report)).toEqual([
      'problem: 档案数字化建设有差距 ↔ 制定数字化工作计划,明确时间节点、争取专项经费,购置扫描设备',
      'countermeasure: 制定数字化工作计划,明确时间节点 ↔ 档案数字化建设有差距',
      'countermeasure: 争取专项经费,购置扫描设备 ↔ 档案数字化建设有差距',
    ]);
  });

  it('read as the genre though no heading names a role and a date is given: a problem is paired with its answers', () => {
    const short = [
      '2024年10月10日,区委巡察组向区档案馆党支部反馈了巡察意见。现将整改进展情况通报如下。',
      '1.档案数字化建设有差距。',
      '整改落实情况:一是制定数字化工作计划,明确时间节点。二是争取专项经费,购置扫描设备。',
      '',
    ].join('\n');
    const result = analyzeText(short);
    expect(itemsOf(short)).toHaveLength(3);
    const warnings = result.ok ? result.source.articles.flatMap((a) => a.warnings.map((w) => w.code)) : [];
    expect(warnings).not.toContain('genre.not-genre');
  });
});
