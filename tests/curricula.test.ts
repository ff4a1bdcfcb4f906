import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareCurriculum } from '../scripts/lib/curricula.ts';
import type { Corpus } from '../src/analyzer/types.ts';
import { seedCorpus } from './analyze-helpers.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await seedCorpus();
});

const FILE = 'content/curricula/测试.mdx';
const page = (body: string) => `---\ntitle: 测试\n---\n\n${body}\n`;

describe('curricula', () => {
  it('number cited articles in order of first citation and append the reference list', () => {
    const { mdx: out, cited } = prepareCurriculum(
      page('甲 <Item id="csdj8-7-problem-2" />\n\n<Item id="csdj8-8-problem-3" />\n\n<Item id="csdj8-7-measure-4" />'),
      FILE,
      corpus,
    );
    expect(cited).toEqual(['csdj8-7', 'csdj8-8']);
    expect(out).toContain('<Item id="csdj8-7-problem-2" n="1" />');
    expect(out).toContain('<Item id="csdj8-8-problem-3" n="2" />');
    expect(out).toContain('<Item id="csdj8-7-measure-4" n="1" />');
    expect(out.trimEnd().endsWith('<References articles="csdj8-7 csdj8-8" />')).toBe(true);
    expect(out.startsWith('---\ntitle: 测试\n---\n\nimport Item from')).toBe(true);
  });

  it('cite every article a theme digest draws on', () => {
    const { mdx: out } = prepareCurriculum(
      page('<Item id="csdj8-8-problem-3" />\n\n<ThemeDigest theme="funding-venues" />'),
      FILE,
      corpus,
    );
    expect(out).toContain(
      '<ThemeDigest theme="funding-venues" cites="csdj8-3:2 csdj8-5:3 csdj8-6:4 csdj8-7:5 csdj8-8:1" />',
    );
  });

  it('fail on an unknown item id, naming the file, the line and the closest ids', () => {
    expect(() => prepareCurriculum(page('第一段。\n\n<Item id="csdj8-7-problem-9" />'), FILE, corpus)).toThrowError(
      'content/curricula/测试.mdx:7: <Item> 引用了不存在的条目“csdj8-7-problem-9”；相近的有：csdj8-7-problem-1、csdj8-7-problem-2、csdj8-7-problem-3。',
    );
  });

  it('fail on an unknown theme, naming the file and line', () => {
    expect(() => prepareCurriculum(page('<ThemeDigest theme="funding" />'), FILE, corpus)).toThrowError(
      /^content\/curricula\/测试\.mdx:5: <ThemeDigest> 引用了不存在的议题“funding”；相近的有：/,
    );
  });

  it('fail on broken MDX with the file and a hint', () => {
    expect(() => prepareCurriculum(page('<Item id="csdj8-7-problem-2">'), FILE, corpus)).toThrowError(
      /^content\/curricula\/测试\.mdx(:\d+)?: MDX 语法错误/,
    );
  });

  it('the example curriculum resolves all its citations', () => {
    const file = 'content/curricula/funding-venues.mdx';
    const { mdx: out } = prepareCurriculum(readFileSync(file, 'utf8'), file, corpus, '/data/curricula/funding-venues');
    expect(out).toContain(
      '<References articles="csdj8-7 csdj8-8 csdj8-5 csdj8-3 csdj8-6" downloads="/data/curricula/funding-venues" />',
    );
  });
});
