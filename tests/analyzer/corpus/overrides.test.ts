import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overridesSchema } from '../../../src/analyzer/config/overrides.ts';
import { analyzeCorpus } from '../../../src/analyzer/corpus/index.ts';
import { closest } from '../../../src/analyzer/corpus/overrides.ts';
import { analyzeSeed, corpusOptions, seedCorpus } from '../../analyze-helpers.ts';
import { content } from '../../helpers.ts';

const withOverrides = (raw: unknown) => seedCorpus({ ...content, overrides: overridesSchema.parse(raw) });
const allItems = (c: Awaited<ReturnType<typeof seedCorpus>>) =>
  c.sources.flatMap((s) => s.articles.flatMap((a) => a.items));

describe('overrides', () => {
  it('set an item’s role and themes, and say they were set by a person', async () => {
    const corpus = await withOverrides({
      items: { 'csdj8-5-cause-1': { role: 'problem', themes: ['thinking-awareness'] } },
    });
    const item = allItems(corpus).find((i) => i.id === 'csdj8-5-cause-1')!;
    expect(item.role).toBe('problem');
    expect(item.themes.map((t) => t.theme)).toEqual(['thinking-awareness']);
  });

  it('add and remove themes', async () => {
    const before = allItems(await seedCorpus())
      .find((i) => i.id === 'csdj8-7-problem-2')!
      .themes.map((t) => t.theme);
    const corpus = await withOverrides({
      items: { 'csdj8-7-problem-2': { addThemes: ['community-economy'], removeThemes: [before[0]] } },
    });
    const themes = allItems(corpus).find((i) => i.id === 'csdj8-7-problem-2')!.themes;
    expect(themes.map((t) => t.theme)).toEqual([...before.slice(1), 'community-economy']);
    expect(themes.at(-1)!.source).toBe('override');
  });

  it('add and remove links', async () => {
    const corpus = await withOverrides({
      links: {
        add: [{ from: 'csdj8-5-problem-2', to: 'csdj8-5-measure-2', note: '组织建设中的人员配备回应了经费与人员不足' }],
        remove: [{ from: 'csdj8-7-problem-1', to: 'csdj8-7-measure-2' }],
      },
    });
    expect(corpus.links.find((l) => l.from === 'csdj8-5-problem-2' && l.to === 'csdj8-5-measure-2')).toEqual({
      from: 'csdj8-5-problem-2',
      to: 'csdj8-5-measure-2',
      kind: 'explicit',
      score: 1,
      evidence: ['组织建设中的人员配备回应了经费与人员不足'],
      source: 'override',
    });
    expect(corpus.links.some((l) => l.from === 'csdj8-7-problem-1' && l.to === 'csdj8-7-measure-2')).toBe(false);
    expect(corpus.gaps.some((g) => g.item === 'csdj8-5-problem-2')).toBe(false);
  });

  it('suggest the closest ids', () => {
    expect(
      closest(
        'csdj8-7-problem-9',
        ['csdj8-7-problem-1', 'csdj8-7-problem-6', 'csdj8-7-measure-1', 'csdj8-2-cause-1'],
        2,
      ),
    ).toEqual(['csdj8-7-problem-1', 'csdj8-7-problem-6']);
  });
});

describe('analyzeCorpus with overrides', () => {
  it('leaves the sources it is given as they were, and gives the same corpus again from them', () => {
    const options = {
      ...corpusOptions(),
      overrides: overridesSchema.parse({
        items: {
          'csdj8-5-cause-1': { role: 'problem', themes: ['thinking-awareness'] },
          'csdj8-7-problem-2': { addThemes: ['community-economy'] },
        },
        links: { add: [{ from: 'csdj8-5-problem-2', to: 'csdj8-5-measure-2' }] },
      }),
    };
    const sources = [analyzeSeed()];
    const before = structuredClone(sources);
    const first = analyzeCorpus(sources, [], options).corpus;
    expect(sources).toStrictEqual(before);
    const items = first.sources.flatMap((s) => s.articles.flatMap((a) => a.items));
    expect(items.find((i) => i.id === 'csdj8-5-cause-1')!.role).toBe('problem');
    expect(items.find((i) => i.id === 'csdj8-7-problem-2')!.themes.at(-1)!.theme).toBe('community-economy');
    expect(JSON.stringify(analyzeCorpus(sources, [], options).corpus)).toBe(JSON.stringify(first));
  });
});

describe('a bad override fails the build with the file and line', () => {
  function build(overrides: string) {
    const dir = mkdtempSync(join(tmpdir(), 'ccpb-ovr-'));
    cpSync('content', join(dir, 'content'), { recursive: true, filter: (p) => !p.includes('generated') });
    writeFileSync(join(dir, 'content/overrides.yaml'), overrides);
    const r = spawnSync(process.execPath, [resolve('scripts/analyze.ts')], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, stderr: r.stderr };
  }

  it('an unknown item id', () => {
    const r = build(
      'items:\n  csdj8-7-problem-1:\n    addThemes: [thinking-awareness]\n  csdj8-7-problem-9:\n    role: cause\n',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '错误：content/overrides.yaml:4: 没有 id 为“csdj8-7-problem-9”的条目；相近的有：csdj8-7-problem-1、csdj8-7-problem-2、csdj8-7-problem-3。\n',
    );
  });

  it('an unknown theme id', () => {
    const r = build('items:\n  csdj8-7-problem-1:\n    addThemes: [thinking-awareness, fundz]\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '错误：content/overrides.yaml:3: 没有 id 为“fundz”的议题；请对照 content/codebook.yaml 中的 id。\n',
    );
  });

  it('an unknown id in a link', () => {
    const r = build(
      'links:\n  add:\n    - { from: csdj8-7-problem-1, to: csdj8-7-measure-1 }\n    - { from: csdj8-7-problem-1, to: csdj8-7-mesure-2 }\n',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '错误：content/overrides.yaml:4: 没有 id 为“csdj8-7-mesure-2”的条目；相近的有：csdj8-7-measure-2',
    );
  });

  it('a misspelt field', () => {
    const r = build('items:\n  csdj8-7-problem-1:\n    theme: [thinking-awareness]\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '错误：content/overrides.yaml:3: 字段“items.csdj8-7-problem-1”不符合要求：有不认识的字段：theme（可能是拼写错误）。\n',
    );
  });
});
