import { describe, expect, it } from 'vitest';
import { analyzeText, itemsOf } from '../../analyze-helpers.ts';

const NEWS = [
  '我县召开基层党建工作推进会',
  '本报讯（记者 张三）日前，我县召开基层党建工作推进会。会上，各单位汇报了工作进展，也存在标准不够高等问题。',
  '会议提出以下要求：一是要加强理论学习；二是要完善工作机制；三是要强化督促检查。',
  '',
].join('\n');

describe('whether an article reads as the genre', () => {
  it('drops the directives of a news item that mentions problems only in passing, and says why', () => {
    const result = analyzeText(NEWS);
    if (!result.ok) throw new Error('not analyzed');
    const article = result.source.articles[0];
    expect(article.items).toEqual([]);
    const note = article.warnings.find((w) => w.code === 'genre.not-genre');
    expect(note?.message).toContain('新闻报道用语（会上、记者）');
    expect(article.warnings.some((w) => w.code === 'items.none')).toBe(false);
  });

  it('drops a news item whose list has one point read as a deficiency among its directives', () => {
    const text = NEWS.replace('三是要强化督促检查。', '三是要强化督促检查；四是汇报存在的问题和不足。');
    const result = analyzeText(text);
    if (!result.ok) throw new Error('not analyzed');
    const article = result.source.articles[0];
    expect(article.items).toEqual([]);
    expect(article.warnings.find((w) => w.code === 'genre.not-genre')?.message).toContain('只有 1 项读作问题或原因');
    // Without news wording, one problem is enough (a text cut short after its first problem).
    expect(
      itemsOf(text.replace('本报讯（记者 张三）', '').replace('会上，', '').replace('会议提出', '提出')),
    ).toHaveLength(4);
  });

  it('keeps the same list where problems are enumerated too', () => {
    const text = NEWS.replace('会议提出', '会上查摆出以下问题：一是学习不够深入；二是机制不健全。\n会议提出');
    expect(itemsOf(text)).toEqual([
      'problem: 学习不够深入',
      'problem: 机制不健全',
      'countermeasure: 要加强理论学习',
      'countermeasure: 要完善工作机制',
      'countermeasure: 要强化督促检查',
    ]);
  });
});
