import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToHast, mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { heading, jsx, paragraphs, root } from '../scripts/lib/mdx/nodes.ts';
import { toMdx } from '../scripts/lib/mdx/serialize.ts';
import { themeMdx } from '../scripts/lib/mdx/theme.ts';
import { articleBlocks, tocHeadings } from '../src/lib/article-blocks.ts';
import { analyzeText } from './analyze-helpers.ts';
import { runScript, scratchSite } from './scratch-site.ts';

/** Text that MDX, Markdown, HTML or Starlight would read as syntax if it were glued into a page. */
const HOSTILE = [
  '{a} 与 }b{',
  '<b>粗</b> < > 3<4',
  '*星* _下_ **双**',
  '# 不是标题',
  '| 表 | 格 |',
  '`代码` ```',
  '<script>alert(1)</script>',
  '1. 不是列表',
  '- 不是列表',
  '> 不是引用',
  '反斜杠\\ 与 &amp; &lt;',
  ':::note 不是提示',
  '[链接](x) ![图](y)',
];

/** Visible text of a tree: its text nodes, in order. */
function texts(
  node: { type: string; value?: string; children?: unknown[]; tagName?: string },
  out: string[] = [],
): string[] {
  if (node.type === 'text' && node.value !== undefined) out.push(node.value);
  if (node.tagName === 'script' || node.tagName === 'style') return out;
  for (const child of (node.children ?? []) as (typeof node)[]) texts(child, out);
  return out;
}

describe('MDX generation', () => {
  it('keeps hostile text as the same visible text (parsed back by Astro’s MDX parser)', () => {
    const mdx = toMdx(
      { title: 't' },
      root([jsx('Item', { id: 'x' }, [heading(3, '{标题}<i>'), ...paragraphs(HOSTILE.join('\n'))])]),
    );
    const visible = texts(mdxToHast(mdx.replace(/^---\n[\s\S]*?\n---\n/, '')) as never).join('\n');
    expect(visible).toBe(['{标题}<i>', ...HOSTILE].join('\n'));
  });

  it('escapes a theme definition written by a person', () => {
    const mdx = themeMdx({ id: 't', name: '名{称}', definition: '包括{经费}与<场地>。', terms: [], exclude: [] });
    expect(mdx).toContain('\\{经费}与\\<场地>');
    expect(mdx).toContain('title: 名{称}');
  });
});

describe('article layout', () => {
  const analyzed = analyzeText(
    '引言。\n\n一、存在的问题\n\n（一）经费不足。说明。\n\n（二）场地缺乏。说明。\n\n二、对策\n\n（一）加大投入。说明。\n\n（二）建设阵地。说明。\n',
    'lay',
  );
  if (!analyzed.ok) throw new Error('not analyzed');
  const blocks = articleBlocks(analyzed.source.articles[0]);

  it('puts each item under its section heading, with its own heading and text', () => {
    expect(blocks.slice(0, 3)).toEqual([
      { type: 'paragraph', text: '引言。' },
      { type: 'heading', depth: 2, text: '一、存在的问题', id: '一存在的问题' },
      {
        type: 'item',
        id: 'lay-problem-1',
        children: [
          { type: 'heading', depth: 3, text: '（一）经费不足。' },
          { type: 'paragraph', text: '说明。' },
        ],
      },
    ]);
    expect(blocks.filter((b) => b.type === 'item').map((b) => b.type === 'item' && b.id)).toEqual([
      'lay-problem-1',
      'lay-problem-2',
      'lay-measure-1',
      'lay-measure-2',
    ]);
  });

  it('shows the heading of a section once when its item ends before the countermeasures that answer it', () => {
    const r = analyzeText(
      '引言。\n\n一、行政管理难题\n\n1. 权限划分不清\n\n权限不清导致混乱。\n\n破解策略:\n\n- 制定权限划分标准。\n\n2. 人力资源不足\n\n人手少。\n\n破解策略:\n\n- 加强人员培训。\n',
      'ans',
    );
    if (!r.ok) throw new Error('not analyzed');
    const blocks = articleBlocks(r.source.articles[0]);
    const texts = JSON.stringify(blocks);
    expect(texts.split('权限划分不清').length - 1).toBe(1);
    const first = blocks.find((b) => b.type === 'item');
    expect(first).toEqual({
      type: 'item',
      id: 'ans-problem-1',
      children: [
        { type: 'heading', depth: 3, text: '1.权限划分不清' },
        { type: 'paragraph', text: '权限不清导致混乱。' },
      ],
    });
  });

  it('gives section headings with the same text distinct ids, as Markdown does; an item is anchored by its own id', () => {
    const r = analyzeText(
      '引言。\n\n一、存在的问题\n\n（一）组织方面\n\n1.力量薄弱。说明。\n\n2.经费不足。说明。\n\n（二）党员方面\n\n1.教育不够。说明。\n\n2.管理松散。说明。\n\n' +
        '二、对策\n\n（一）组织方面\n\n1.具体措施。说明。\n\n2.责任分工。说明。\n\n（二）党员方面\n\n1.具体措施。说明。\n\n2.责任分工。说明。\n',
      'dup',
    );
    if (!r.ok) throw new Error('not analyzed');
    const blocks = articleBlocks(r.source.articles[0]);
    // The numbered points under each area heading (`（一）组织方面`) are the items.
    expect(blocks.filter((b) => b.type === 'item').map((b) => b.type === 'item' && b.id)).toEqual([
      'dup-problem-1',
      'dup-problem-2',
      'dup-problem-3',
      'dup-problem-4',
      'dup-measure-1',
      'dup-measure-2',
      'dup-measure-3',
      'dup-measure-4',
    ]);
    // The items' own headings (`1.具体措施` twice) carry no id; the area headings each part repeats do, made unique.
    expect(tocHeadings(blocks, 2, 6).map((h) => h.slug)).toEqual([
      '一存在的问题',
      '一组织方面',
      '二党员方面',
      '二对策',
      '一组织方面-1',
      '二党员方面-1',
    ]);
  });

  it('puts the items an abstract lists first, under a heading of their own, each titled by its words', () => {
    const r = analyzeText(
      '社区党建的问题\n摘要：当前存在组织覆盖不全、活动形式单一等问题。\n关键词：社区党建\n',
      'abs',
    );
    if (!r.ok) throw new Error('not analyzed');
    expect(articleBlocks(r.source.articles[0])).toEqual([
      { type: 'heading', depth: 2, text: '摘要中列出的条目', id: '摘要中列出的条目' },
      { type: 'item', id: 'abs-problem-1', children: [{ type: 'heading', depth: 3, text: '组织覆盖不全' }] },
      { type: 'item', id: 'abs-problem-2', children: [{ type: 'heading', depth: 3, text: '活动形式单一' }] },
    ]);
  });

  it('shows a problem its section’s heading names as an item of its words, the text once', () => {
    const r = analyzeText(
      '引言。\n\n一、提高认识明确责任,着力解决书记忽视党务的问题\n\n一是认识模糊。二是态度应付。\n',
      'pair',
    );
    if (!r.ok) throw new Error('not analyzed');
    const blocks = articleBlocks(r.source.articles[0]);
    expect(blocks.slice(1)).toEqual([
      {
        type: 'item',
        id: 'pair-measure-1',
        children: [
          { type: 'heading', depth: 2, text: '一、提高认识明确责任,着力解决书记忽视党务的问题' },
          { type: 'item', id: 'pair-problem-1', children: [{ type: 'heading', depth: 3, text: '书记忽视党务' }] },
          { type: 'paragraph', text: '一是认识模糊。二是态度应付。' },
        ],
      },
    ]);
  });

  it('lists only the requested heading levels in the table of contents', () => {
    expect(tocHeadings(blocks, 2, 2).map((h) => h.text)).toEqual(['一、存在的问题', '二、对策']);
  });
});

describe('hostile text through the real build', () => {
  it('comes out of `npm run build` as the same visible text on the article page', () => {
    const dir = scratchSite((p) => !/sources[/\\]|curricula[/\\]/.test(p));
    mkdirSync(join(dir, 'content/sources'), { recursive: true });
    const lines = HOSTILE.map((h, i) => `（${'一二三四五六七八九十'[i % 10]}）问题${i}：${h}。说明${i}。`);
    writeFileSync(
      join(dir, 'content/sources/hostile.txt'),
      `特殊字符测试\n\n引言。\n\n一、存在的问题\n\n${lines.slice(0, 10).join('\n\n')}\n\n二、对策\n\n（一）加大{投入}。说明。\n\n（二）完善<i>机制</i>。说明。\n`,
    );
    // An abstract-only record whose abstract lists its problems: its items are on its page, with their anchors.
    writeFileSync(
      join(dir, 'content/sources/record.txt'),
      '社区党建的问题\n摘要：当前社区党建存在组织覆盖不全、活动形式单一等问题。\n关键词：社区党建\n',
    );
    const r = runScript(dir, 'build.ts');
    expect(r.code, r.stderr).toBe(0);
    const record = readFileSync(join(dir, 'dist/articles/record/index.html'), 'utf8');
    expect(record).toContain('id="record-problem-1"');
    expect(record).toContain('摘要中列出的条目');
    expect(record).toContain('下面的条目取自摘要中的列举');
    const html = readFileSync(join(dir, 'dist/articles/hostile/index.html'), 'utf8');
    const visible = texts(htmlToHast(html) as never).join('');
    for (const h of HOSTILE.slice(0, 10)) expect(visible, h).toContain(h);
    expect(visible).toContain('加大{投入}');
    expect(visible).toContain('完善<i>机制</i>');
    expect(html).not.toContain('<script>alert(1)</script>');
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
