import { describe, expect, it } from 'vitest';
import { undo } from '../../../src/analyzer/source/ledger.ts';
import { findHtmlTags } from '../../../src/analyzer/source/normalize/html-tags.ts';
import { normalizeRegion } from '../../../src/analyzer/source/normalize/index.ts';
import { findPinyin } from '../../../src/analyzer/source/normalize/pinyin.ts';
import { findRepeatedTitle } from '../../../src/analyzer/source/normalize/repeated-title.ts';
import { clean, content, rules } from '../../helpers.ts';

const min = rules.pinyin.minPairs;

describe('pinyin after characters', () => {
  it('removes tone-marked syllables after Han characters in a text full of them', () => {
    const text = '社區(qū)黨組織建設(shè)不規(guī)范,加強（qiáng）管理';
    expect(clean(text, findPinyin(text, min))).toBe('社區黨組織建設不規范,加強管理');
    expect(findPinyin(text, min).every((r) => r.rule === 'artifact.pinyin')).toBe(true);
  });

  it('leaves a text with fewer than minPairs syllables alone', () => {
    const text = `社區(qū)黨組織${'建設'.repeat(3)}`;
    expect(findPinyin(text, 2)).toEqual([]);
  });

  it('keeps real parentheticals: numbers, words, Latin, pinyin without a tone', () => {
    const text = '區(qū)設(shè)規(guī)(一)加强(2020)办法(试行)经济(GDP)党(Party)的(de)';
    expect(clean(text, findPinyin(text, min))).toBe('區設規(一)加强(2020)办法(试行)经济(GDP)党(Party)的(de)');
  });

  it('keeps pinyin that follows no Han character', () => {
    const text = '區(qū)設(shè)規(guī) 拼音 (qū) 1(shè)';
    expect(clean(text, findPinyin(text, min))).toBe('區設規 拼音 (qū) 1(shè)');
  });

  it('goes before furniture in a region, so furniture is read as written, and undoes', () => {
    const raw = '社區(qū)黨組織建設(shè)不規(guī)范\n相關(guān)閱讀\n';
    const cleaning = { rules, furniture: content.furniture, corrections: [] };
    const n = normalizeRegion(raw, 0, { ...cleaning, traditional: true, atStart: false, atEnd: true });
    expect(n.ledger.text).toBe('社區黨組織建設不規范\n\n');
    expect(n.ledger.edits.map((e) => e.rule)).toEqual([...Array(4).fill('artifact.pinyin'), 'furniture.related']);
    expect(undo(n.ledger.text, n.ledger.edits)).toBe(raw);
  });

  it('removes a syllable cut off at the end of a truncated line', () => {
    const text = '區(qū)設(shè)規(guī)存在脫節問(w\n機關(g';
    expect(clean(text, findPinyin(text, min))).toBe('區設規存在脫節問\n機關');
  });
});

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

  it('turns character references into their characters, a no-break space into a space, and undoes', () => {
    const text = '<div><font size="3">&nbsp;&nbsp; 一、存在的问题</font></div>\n&#20826;建&amp;党务，&bogus;';
    const found = findHtmlTags(text);
    expect(clean(text, found)).toBe('   一、存在的问题\n党建&党务，&bogus;');
    expect(found.filter((r) => r.rule === 'furniture.html-entity').map((r) => r.text)).toEqual([' ', ' ', '党', '&']);
    const options = { rules, furniture: content.furniture, corrections: [], traditional: false };
    const region = normalizeRegion(text, 0, { ...options, atStart: false, atEnd: false });
    expect(undo(region.ledger.text, region.ledger.edits)).toBe(text);
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
