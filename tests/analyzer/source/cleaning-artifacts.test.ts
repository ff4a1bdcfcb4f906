import { describe, expect, it } from 'vitest';
import { findHtmlTags } from '../../../src/analyzer/source/normalize/html-tags.ts';
import { findRepeatedTitle } from '../../../src/analyzer/source/normalize/repeated-title.ts';
import { clean } from '../../helpers.ts';

describe('HTML tags', () => {
  it('turns paragraph ends into line breaks and removes the other tags', () => {
    const text = '<p class="ql-block">(一)基层基础需强化。</p><p class="ql-block">(二)产业发展要着力<br>一是';
    expect(clean(text, findHtmlTags(text))).toBe('(一)基层基础需强化。\n(二)产业发展要着力\n一是');
    expect(findHtmlTags(text).every((r) => r.rule === 'furniture.html-tag')).toBe(true);
  });

  it('adds no line break where one stands already', () => {
    const text = '甲。</p>\n<p>乙。<br/>\n丙<span style="x">丁</span>';
    expect(clean(text, findHtmlTags(text))).toBe('甲。\n乙。\n丙丁');
  });

  it('leaves inline tags in a text without page markup (what the author wrote)', () => {
    expect(findHtmlTags('<b>粗</b> 与 <i>斜</i>')).toEqual([]);
  });

  it('leaves comparisons and brackets that are no tags', () => {
    const text = '党员人数<50人的支部,<一>,a<b 且 c>d';
    expect(findHtmlTags(text)).toEqual([]);
  });
});

describe('repeated title', () => {
  it('removes later copies of the first line, spaces aside', () => {
    const text = '社区党建 问题\n\n社区党建问题\n\n正文。\n农村基层党建工作存在的问题\n社区党建问题\n';
    expect(clean(text, findRepeatedTitle(text))).toBe('社区党建 问题\n\n\n\n正文。\n农村基层党建工作存在的问题\n\n');
  });

  it('takes no numbered heading or sentence for a title', () => {
    expect(findRepeatedTitle('一、存在的问题\n(一)甲\n一、存在的问题')).toEqual([]);
    expect(findRepeatedTitle('这是一句话。\n这是一句话。')).toEqual([]);
  });
});
