import { describe, expect, it } from 'vitest';
import { analyzeText, itemsOf } from '../../analyze-helpers.ts';
import { contentsIn } from '../../../src/analyzer/source/outline/index.ts';

// A document site's preview: the outline, then the title and abstract, then the page is cut.
const preview = [
  '您的位置:文秘网>>调研报告>>正文',
  '',
  '农村党员发展工作存在的问题及对策',
  '',
  '发表时间:2023/12/2 15:54:37',
  '目录/提纲:……',
  '一、存在的问题',
  '(一)发展对象来源不足',
  '(二)培养考察不够规范',
  '二、对策建议',
  '(一)拓宽发展对象来源',
  '(二)规范培养考察程序',
  '……',
  '农村党员发展工作存在的问题及对策',
  '',
  '摘 要:',
  '本文分析了农村党员发展工作存在的问题,提出了对策。',
  '关键词:农村;党员发展',
  '',
].join('\n');

describe('a table of contents in the front matter', () => {
  it('is the body of a page cut after its front matter: its entries are the items', () => {
    expect(itemsOf(preview)).toEqual([
      'problem: 发展对象来源不足',
      'problem: 培养考察不够规范',
      'countermeasure: 拓宽发展对象来源',
      'countermeasure: 规范培养考察程序',
    ]);
    const result = analyzeText(preview);
    expect(result.ok && result.source.articles[0].abstractOnly).toBe(false);
  });

  it('is not read where the page goes on to the body: the body’s sections are the items, once', () => {
    const full = `${preview}一、存在的问题\n(一)发展对象来源不足。近年来外出务工青年多。\n(二)培养考察不够规范。\n二、对策建议\n(一)拓宽发展对象来源。\n(二)规范培养考察程序。\n`;
    expect(itemsOf(full)).toHaveLength(4);
  });

  it('needs three numbered lines, most of the lines between them numbered', () => {
    const view = '一、基本情况\n全县共有党员三千人。\n这些党员分布在各村。\n二、存在的问题\n三、对策\n';
    expect(contentsIn(view, 0, view.length)).toBeUndefined();
    const toc = '目录\n一、基本情况\n二、存在的问题\n三、对策\n题目\n';
    expect(contentsIn(toc, 0, toc.length)).toEqual({ start: 3, end: toc.indexOf('\n题目') });
  });
});
