import { describe, expect, test } from 'vitest';
import { DataFileError, parseYaml, readYaml } from '../../../scripts/lib/data-file.ts';
import { codebookSchema, SLUG } from '../../../src/analyzer/config/codebook.ts';

const FILE = 'content/codebook.yaml';

describe('content/codebook.yaml', () => {
  const book = readYaml(FILE, codebookSchema);

  test('loads, with 12–20 themes, all in declared groups', () => {
    expect(book.themes.length).toBeGreaterThanOrEqual(12);
    expect(book.themes.length).toBeLessThanOrEqual(20);
    const groups = new Set(book.groups.map((g) => g.id));
    for (const theme of book.themes) {
      expect(theme.id).toMatch(SLUG);
      expect(theme.definition.length).toBeGreaterThan(40);
      if (theme.group !== undefined) expect(groups.has(theme.group)).toBe(true);
    }
  });

  test('settings are the documented defaults', () => {
    expect(book.settings).toEqual({ minScore: 3, titleFactor: 3, countCap: 3, maxThemes: 3, minShare: 0.2 });
  });

  test('terms are normalised to {term, weight}', () => {
    for (const theme of book.themes) {
      expect(theme.terms.length).toBeGreaterThan(0);
      for (const t of theme.terms) {
        expect(typeof t.term).toBe('string');
        expect(t.weight).toBeGreaterThan(0);
      }
      expect(Array.isArray(theme.exclude)).toBe(true);
    }
  });
});

/** A small valid codebook; `themes` is spliced in as YAML lines (from line 9 on). */
function codebook(themes: string): string {
  return [
    'settings:',
    '  minScore: 3',
    '  titleFactor: 3',
    '  countCap: 3',
    '  maxThemes: 3',
    'groups:',
    '  - {id: resources, name: 保障与发展}',
    'themes:',
    themes,
  ].join('\n');
}

const FUNDING = [
  '  - id: funding-venues', // line 9
  '    name: 经费与阵地保障',
  '    group: resources',
  '    definition: 经费、活动场所和办公用房。',
  '    terms: [经费, {term: 活动场所, weight: 3}]',
].join('\n');

function message(text: string): string {
  try {
    parseYaml(text, FILE, codebookSchema);
  } catch (e) {
    expect(e).toBeInstanceOf(DataFileError);
    return (e as Error).message;
  }
  throw new Error('expected a DataFileError');
}

describe('codebookSchema', () => {
  test('plain-string terms weigh 1; exclude and minShare default', () => {
    const book = parseYaml(codebook(FUNDING), FILE, codebookSchema);
    expect(book.themes[0].terms).toEqual([
      { term: '经费', weight: 1 },
      { term: '活动场所', weight: 3 },
    ]);
    expect(book.themes[0].exclude).toEqual([]);
    expect(book.settings.minShare).toBe(0);
  });

  test('a duplicate theme id names the line of the second id', () => {
    const text = codebook(`${FUNDING}\n${FUNDING.replace('经费与阵地保障', '经费')}`);
    expect(message(text)).toBe(
      'content/codebook.yaml:14: 字段“themes.1.id”不符合要求：主题标识“funding-venues”重复：第 1 个主题已经用了它，请换一个。',
    );
  });

  test('an undeclared group names the line of the group', () => {
    const text = codebook(FUNDING.replace('group: resources', 'group: money'));
    expect(message(text)).toBe(
      'content/codebook.yaml:11: 字段“themes.0.group”不符合要求：分组“money”没有在 groups 中声明：请先在 groups 里添加它，或改成已有的分组。',
    );
  });

  test('an id that is not an ASCII slug', () => {
    const text = codebook(FUNDING.replace('id: funding-venues', 'id: 经费保障'));
    expect(message(text)).toBe(
      'content/codebook.yaml:9: 字段“themes.0.id”不符合要求：标识只能由小写英文字母、数字和连字符组成（如 funding-venues），不能有空格或汉字。',
    );
    expect(message(codebook(FUNDING.replace('id: funding-venues', 'id: Funding_Venues')))).toContain('themes.0.id');
  });

  test('a missing definition names the theme', () => {
    const text = codebook(FUNDING.replace('    definition: 经费、活动场所和办公用房。\n', ''));
    expect(message(text)).toBe('content/codebook.yaml:9: 字段“themes.0.definition”不符合要求：缺少这个字段，请补上。');
    expect(message(codebook(FUNDING.replace('经费、活动场所和办公用房。', '""')))).toBe(
      'content/codebook.yaml:12: 字段“themes.0.definition”不符合要求：内容为空或过短，请填写。',
    );
  });

  test('a duplicate term within a theme', () => {
    const text = codebook(
      `${FUNDING}\n    exclude: []`.replace('{term: 活动场所, weight: 3}', '{term: 经费, weight: 2}'),
    );
    expect(message(text)).toBe(
      'content/codebook.yaml:13: 字段“themes.0.terms.1”不符合要求：词语“经费”在本主题中重复（第 1 个词已是它）：请删去一个。',
    );
  });

  test('an exclude phrase holding none of the terms', () => {
    const text = codebook(`${FUNDING}\n    exclude:\n      - 党费`);
    expect(message(text)).toBe(
      'content/codebook.yaml:15: 字段“themes.0.exclude.0”不符合要求：排除短语“党费”不包含本主题的任何词语，不起作用：请检查拼写，或删去它。',
    );
  });

  test('a misspelt setting and a bad weight', () => {
    expect(message(codebook(FUNDING).replace('  maxThemes: 3', '  maxThemes: 3\n  minscore: 2'))).toMatch(
      /^content\/codebook\.yaml:\d+: 字段“settings”不符合要求：有不认识的字段：minscore（可能是拼写错误）。$/,
    );
    expect(message(codebook(FUNDING.replace('weight: 3', 'weight: 0')))).toMatch(
      /^content\/codebook\.yaml:13: 字段“themes\.0\.terms\.1\.weight”/,
    );
  });
});
