import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSources, SOURCES, sourceSidecar } from '../scripts/lib/content.ts';
import { buildCorpus } from '../scripts/lib/corpus.ts';
import { extractionDoc, GENRE_DIR, measureExtraction } from '../scripts/lib/extraction/index.ts';
import { matchForm, precision, recall, scoreTexts } from '../scripts/lib/extraction/score.ts';
import { loadAnnotated, type Truth } from '../scripts/lib/extraction/truth.ts';
import { content } from './helpers.ts';
import { ruleName } from '../src/lib/ui.ts';

const texts = loadAnnotated(GENRE_DIR);

describe('the development corpus', () => {
  it('has every text annotated, with a sidecar naming where it came from', () => {
    const txt = readdirSync(GENRE_DIR).filter((f) => f.endsWith('.txt'));
    expect(texts.map((t) => `${t.name}.txt`)).toEqual(txt.sort());
    const slugs = texts.map((t) => sourceSidecar(t.path));
    for (const s of slugs) expect(s.url, JSON.stringify(s)).toMatch(/^https?:\/\//);
    expect(new Set(slugs.map((s) => s.slug)).size).toBe(texts.length);
  });

  it('annotates phrases that are in the text, links between annotated items, no items where not of the genre', () => {
    for (const { name, path, truth } of texts) {
      const text = matchForm(readFileSync(path, 'utf8'));
      const phrases = [...truth.problems, ...truth.causes, ...truth.countermeasures];
      for (const p of phrases) expect(text, `${name}: ${p}`).toContain(matchForm(p));
      for (const [a, b] of truth.links) expect(phrases, name).toEqual(expect.arrayContaining([a, b]));
      if (!truth.genre) expect(phrases, name).toEqual([]);
    }
  });

  it('spreads over the genre: at least 30 texts of it, 5 not of it, every sub-domain', () => {
    expect(texts.filter((t) => t.truth.genre).length).toBeGreaterThanOrEqual(30);
    expect(texts.filter((t) => !t.truth.genre).length).toBeGreaterThanOrEqual(5);
    const domains = new Set(texts.map((t) => t.truth.domain));
    for (const d of ['社区', '街道', '学校', '党支部', '非公', '农村', '机关', '国企']) expect(domains).toContain(d);
  });

  const items = async () =>
    (
      await buildCorpus(
        texts.map((t) => t.path),
        content,
      )
    ).sources
      .flatMap((s) => s.articles)
      .flatMap((a) => a.items);

  it('gives every item it finds there a title, and a text over a span that is not empty that holds it', async () => {
    for (const item of await items()) {
      expect(item.span.end, item.id).toBeGreaterThan(item.span.start);
      expect(item.title, item.id).not.toBe('');
      expect(item.text, item.id).toContain(item.title);
    }
  });

  it('names every automatic change it makes here or in the sample in Chinese, as the audit trail shows it', async () => {
    const corpus = await buildCorpus([...texts.map((t) => t.path), ...listSources([SOURCES])], content);
    const rules = new Set(corpus.sources.flatMap((s) => s.articles.flatMap((a) => a.edits.map((e) => e.rule))));
    expect(rules.size).toBeGreaterThan(20);
    expect([...rules].filter((r) => !/\p{Script=Han}/u.test(ruleName(r)))).toEqual([]);
  });

  it('has only codebook themes coded, and every theme given by the analyzer here or in the sample', async () => {
    const ids = content.codebook.themes.map((t) => t.id);
    const coded = new Set(texts.flatMap((t) => Object.values(t.truth.themes ?? {}).flat()));
    const sample = (await buildCorpus(listSources([SOURCES]), content)).sources.flatMap((s) => s.articles);
    const all = [...(await items()), ...sample.flatMap((a) => a.items)];
    const tagged = new Set(all.flatMap((i) => i.themes.map((t) => t.theme)));
    expect([...coded].filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids.filter((id) => !tagged.has(id))).toEqual([]);
  });

  it('measures only the texts whose names start with one of the --only prefixes', async () => {
    const { scores } = await measureExtraction(content, GENRE_DIR, ['d-', 'c-2']);
    const wanted = texts.map((t) => t.name).filter((n) => n.startsWith('d-') || n.startsWith('c-2'));
    expect(wanted.length).toBeGreaterThan(0);
    expect(scores.map((s) => s.name)).toEqual(wanted);
  });

  it('measures a folder given by its absolute path as it measures the same folder given relatively', async () => {
    const only = ['a-01', 'd-2'];
    const relative = await measureExtraction(content, GENRE_DIR, only);
    const absolute = await measureExtraction(content, resolve(GENRE_DIR), only);
    expect(absolute.report).toBe(relative.report);
    expect(relative.scores.some((s) => s.roles.problem.found > 0)).toBe(true);
  });

  it('has docs/extraction.md in step with the analyzer (npm run measure:extraction -- --write)', async () => {
    const { report } = await measureExtraction(content);
    expect(readFileSync(join('docs', 'extraction.md'), 'utf8')).toBe(extractionDoc(report));
  });
});

describe('scoring', () => {
  const truth = (t: Partial<Truth>): Truth => ({
    domain: '社区',
    genre: true,
    forms: [],
    problems: [],
    causes: [],
    countermeasures: [],
    links: [],
    ...t,
  });
  const item = (id: string, role: string, title: string, text: string) => ({ id, role, title, text });
  const items = [
    item('p1', 'problem', '组织设置不够健全', '（一）组织设置不够健全。部分社区党组织设置不合理。'),
    item('p2', 'problem', '党员教育流于形式', `（二）党员教育流于形式。${'学习'.repeat(40)}内容单一。`),
    item('m1', 'countermeasure', '完善组织设置', '（一）完善组织设置。按照便于管理的原则设置党组织。'),
  ];
  const scored = (t: Truth) => {
    const corpus = { sources: [{ path: 'x.txt', articles: [{ items }] }], links: [{ from: 'p1', to: 'm1' }] };
    return scoreTexts(corpus as never, [{ path: 'x.txt', name: 'x', truth: t }])[0];
  };

  it('counts a phrase found by an item of its role, and an item no phrase matches as spurious', () => {
    const s = scored(truth({ problems: ['组织设置不够健全'], countermeasures: ['完善组织设置'] }));
    expect(s.roles.problem).toEqual({ found: 1, missed: 0, spurious: 1 });
    expect(s.roles.countermeasure).toEqual({ found: 1, missed: 0, spurious: 0 });
  });

  it('counts an item read in the wrong role as missed for one role and spurious for the other', () => {
    const s = scored(truth({ causes: ['组织设置不够健全'] }));
    expect(s.roles.cause).toEqual({ found: 0, missed: 1, spurious: 0 });
    expect(s.roles.problem.spurious).toBe(2);
    expect(s.missedPhrases).toEqual(['cause: 组织设置不够健全（读成了problem）']);
  });

  it('matches a phrase only near an item’s opening, one item per phrase', () => {
    const s = scored(truth({ problems: ['内容单一', '组织设置不够健全', '组织设置不够健全'] }));
    expect(s.roles.problem).toEqual({ found: 1, missed: 2, spurious: 1 });
  });

  it('finds a link a reader drew between the items its phrases matched, in either direction', () => {
    const s = scored(
      truth({
        problems: ['组织设置不够健全', '党员教育流于形式'],
        countermeasures: ['完善组织设置'],
        links: [
          ['完善组织设置', '组织设置不够健全'],
          ['党员教育流于形式', '完善组织设置'],
        ],
      }),
    );
    expect(s.links).toEqual({ found: 1, of: 2 });
  });

  it('compares traditional, pinyin-marked and compatibility forms as one', () => {
    expect(matchForm('社區(qū)黨組織　建設(shè)⼯作')).toBe(matchForm('社区党组织建设工作'));
  });

  it('has recall and precision of 1 where there is nothing to find or nothing found', () => {
    expect(recall({ found: 0, missed: 0, spurious: 3 })).toBe(1);
    expect(precision({ found: 0, missed: 2, spurious: 0 })).toBe(1);
    expect(recall({ found: 3, missed: 1, spurious: 0 })).toBe(0.75);
  });
});
