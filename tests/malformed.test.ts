import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../src/analyzer/source/index.ts';
import { analyzeText } from './analyze-helpers.ts';
import { content, rules, seedText } from './helpers.ts';

const analyzeBytes = (bytes: Uint8Array) =>
  analyzeSource(
    { path: 'x.txt', bytes, slug: 'x' },
    { rules, furniture: content.furniture, journals: content.journals },
  );

describe('malformed and unusual inputs', () => {
  it('an empty file is refused with a message', () => {
    const r = analyzeBytes(new Uint8Array());
    expect(r).toMatchObject({ ok: false, diagnostics: [{ code: 'decode.empty' }] });
  });

  it('a file of white space is refused with a message', () => {
    expect(analyzeText(' \n\n\t ')).toMatchObject({ ok: false, diagnostics: [{ code: 'decode.blank' }] });
  });

  it('a binary file is refused with a message', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(analyzeBytes(png)).toMatchObject({ ok: false, diagnostics: [{ code: 'decode.binary' }] });
  });

  it('a GBK file is read like its UTF-8 twin', () => {
    const sample = seedText.slice(seedText.indexOf('篇八:'), seedText.indexOf('相关热词搜索'));
    const fromGbk = analyzeBytes(iconv.encode(sample, 'gbk'));
    const fromUtf8 = analyzeBytes(new TextEncoder().encode(sample));
    expect(fromGbk.ok && fromGbk.source.encoding).toBe('gb18030');
    if (!fromGbk.ok || !fromUtf8.ok) throw new Error('not analyzed');
    expect(fromGbk.source.articles.map((a) => a.items.map((i) => i.title))).toEqual(
      fromUtf8.source.articles.map((a) => a.items.map((i) => i.title)),
    );
    expect(fromGbk.source.articles[0].items).toHaveLength(8);
  });

  it('a file without 篇 markers is one article', () => {
    const one = seedText.slice(
      seedText.indexOf('篇八:') + '篇八:城市社区党建存在的问题及对策'.length,
      seedText.indexOf('相关热词搜索'),
    );
    const r = analyzeText(one, 'single');
    if (!r.ok) throw new Error('not analyzed');
    expect(r.source.articles).toHaveLength(1);
    expect(r.source.articles[0].slug).toBe('single');
    expect(r.source.articles[0].items.map((i) => i.id).slice(0, 2)).toEqual(['single-problem-1', 'single-problem-2']);
  });

  it('a traditional-character article is analyzed through a simplified view and shown as written', () => {
    const t =
      '社區黨建工作存在的問題及對策\n\n  近年來，社區黨建工作取得成效。\n\n  一、存在的問題\n\n  （一）思想認識不到位。部分黨員認識不足。\n\n  （二）經費保障不足。活動經費短缺。\n\n  二、對策建議\n\n  （一）提高思想認識。加強學習。\n\n  （二）加大經費投入。建立保障機制。\n';
    const r = analyzeText(t, 'fanti');
    if (!r.ok) throw new Error('not analyzed');
    expect(r.source.traditional).toBe(true);
    const a = r.source.articles[0];
    expect(a.items.map((i) => [i.role, i.title])).toEqual([
      ['problem', '思想認識不到位'],
      ['problem', '經費保障不足'],
      ['countermeasure', '提高思想認識'],
      ['countermeasure', '加大經費投入'],
    ]);
  });

  it('headings that skip a number end their list; the rest is text', () => {
    const t =
      '引言。\n\n  一、存在的问题\n\n  （一）甲问题。说明。\n\n  （二）乙问题。说明。\n\n  （四）丁问题。说明。\n\n  二、对策\n\n  （一）甲对策。说明。\n\n  （二）乙对策。说明。\n';
    const r = analyzeText(t);
    if (!r.ok) throw new Error('not analyzed');
    const a = r.source.articles[0];
    expect(a.items.map((i) => i.title)).toEqual(['甲问题', '乙问题', '甲对策', '乙对策']);
    expect(a.items[1].text).toContain('（四）丁问题。说明。');
  });

  it('a 100,000-line file is analyzed without error', () => {
    const para = '  随着城市化进程的加快,社区党建工作面临许多新情况。\n';
    const text = `一、存在的问题\n${'(一)思想认识不到位。\n'}${para.repeat(49_998)}(二)经费不足。\n`;
    const r = analyzeText(text);
    if (!r.ok) throw new Error('not analyzed');
    expect(r.source.articles[0].items.map((i) => i.title)).toEqual(['思想认识不到位', '经费不足']);
  });
});

describe('formats the corpus generator found misread (fixed)', () => {
  const frame = (body: string) =>
    `标题\n近年来,社区党建工作取得了一定成效。\n一、存在的问题\n${body}\n二、对策\n(一)完善组织机构\n要进一步明确规定。\n(二)完善工作机制\n下放权限。`;
  const items = (text: string) => {
    const r = analyzeText(text);
    if (!r.ok) throw new Error('not analyzed');
    return r.source.articles[0].items;
  };

  it('a heading on its own line is whole, even when its last words could start a body', () => {
    expect(items(frame('(一)能力建设不够健全\n干部流失严重。\n(二)经费不足\n经费短缺。'))[0].title).toBe(
      '能力建设不够健全',
    );
  });

  it('a long heading on its own line without a full stop stays whole', () => {
    const heading = '进一步完善社区党组织的设置,明确社区党组织的职责地位,理顺社区党组织与其他组织的关系';
    expect(items(frame(`(一)${heading}\n要进一步明确规定。\n(二)经费不足\n经费短缺。`))[0].title).toBe(heading);
  });

  it('an 一是… list glued to its heading becomes the item’s sub-points', () => {
    const first = items(
      frame(
        '(一)流动党员管理相对滞后一是流动党员底数不清,组织关系长期游离在外；二是组织关系接转不及时；三是教育管理缺乏抓手。\n(二)经费不足\n经费短缺。',
      ),
    )[0];
    expect(first.title).toBe('流动党员管理相对滞后');
    expect(first.subpoints.map((s) => s.marker)).toEqual(['一是', '二是', '三是']);
  });

  it('a run-in heading in a traditional source ends where it does in simplified', () => {
    const first = items(
      frame(
        '(一)工作環境與條件欠缺隨著改革的深化,社區承擔的工作任務越來越多,辦公場所卻長期得不到改善。\n(二)經費不足\n經費短缺。',
      ),
    )[0];
    expect(first.title).toBe('工作環境與條件欠缺');
  });
});

describe('a first paragraph ending in a half-width stop', () => {
  it('is body text, not the title', () => {
    const r = analyzeText(
      '社区党建工作存在的问题及对策\n随着现代化,城市化进程的加快,社区党建面临着许多新情况,新问题,亟待认真研究,不断探索,并采取有力措施予以解决.\n一、存在的问题\n(一)经费不足\n经费短缺。\n(二)场地缺乏\n场地狭小。\n二、对策\n(一)加大投入\n增加经费。\n(二)建设阵地\n建设场地。',
    );
    if (!r.ok) throw new Error('not analyzed');
    expect(r.source.articles[0].metadata.title?.value).toBe('社区党建工作存在的问题及对策');
  });
});
