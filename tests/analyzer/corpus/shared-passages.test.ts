import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findSharedPassages,
  normalizedText,
  type SharedPassageInput,
  type SharedPassageStats,
} from '../../../src/analyzer/corpus/shared-passages/index.ts';
import { charEnd, countHan, normalizeSpans } from '../../../src/analyzer/corpus/shared-passages/normalize.ts';
import { HAN } from '../../../src/analyzer/text/chars.ts';
import { simplifiedView } from '../../../src/analyzer/text/chinese-script/index.ts';
import type { SharedPassage } from '../../../src/analyzer/types.ts';
import { analyzeSeed } from '../../analyze-helpers.ts';
import { simpleNormalize, simpleSharedPassages } from '../../reference/shared-passages-simple.ts';

/** An article whose whole text is its body (or `[start, end)` of it). */
function art(slug: string, text: string, body = { start: 0, end: text.length }): SharedPassageInput {
  return { slug, text, view: simplifiedView(text), body };
}

/** Span of `needle` in `text` (the first occurrence). */
function at(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not found: ${needle}`);
  return { start, end: start + needle.length };
}

const hanCount = (s: string) => [...s].filter((c) => HAN.test(c)).length;

describe('normalizedText', () => {
  it('keeps letters, digits and Han, case-folded, full-width folded', () => {
    expect(normalizedText('“社区” 党建，ＡＩ赋能。No.１２!')).toBe('社区党建ai赋能no12');
  });
});

describe('normalizeSpans', () => {
  const stretch = fc.record({
    text: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc
        .array(fc.constantFrom(...'社區黨建，。ＡａA１ \n', '𠀀', '\ud800', '\udc00'), { maxLength: 40 })
        .map((cs) => cs.join('')),
    ),
    start: fc.integer({ min: -3, max: 45 }),
    end: fc.integer({ min: -3, max: 45 }),
  });

  it('normalizes each stretch as a code point at a time would, all between unique separators', () => {
    fc.assert(
      fc.property(fc.array(stretch, { maxLength: 6 }), (stretches) => {
        const { chars, starts, at } = normalizeSpans(
          stretches.map(({ text, start, end }) => ({ text, span: { start, end } })),
        );
        const separators = new Set<number>();
        stretches.forEach(({ text, start, end }, i) => {
          const simple = simpleNormalize(text, { start, end });
          expect(at[i + 1] - 1 - at[i]).toBe(simple.chars.length);
          expect([...chars.subarray(at[i], at[i + 1] - 1)]).toEqual(simple.chars);
          expect([...starts.subarray(at[i], at[i + 1] - 1)]).toEqual(simple.starts);
          expect(simple.starts.map((s) => charEnd(text, s, end))).toEqual(simple.ends);
          const han = new Int32Array(simple.chars.length + 1);
          countHan(chars, at[i], at[i + 1] - 1, han);
          expect([...han]).toEqual(simple.han);
          for (const edge of [at[i] - 1, at[i + 1] - 1]) {
            expect(chars[edge]).toBeLessThan(0);
            separators.add(edge);
          }
        });
        expect(new Set([...separators].map((s) => chars[s])).size).toBe(separators.size);
      }),
    );
  });
});

describe('findSharedPassages on small inputs', () => {
  const shared = '社区党组织要切实加强对社区党建工作的领导，形成齐抓共管的良好局面';
  const sharedB = '社区党组织要切实加强对社区党建工作的领导, 形成齐抓共管的良好局面';

  it('finds one sentence shared with different punctuation, spaces and widths, with exact spans', () => {
    const textA = `第一篇文章的开头。${shared}。其他内容在这里写。`;
    const textB = `另一篇的起首!“${sharedB}!”结尾不相同啊`;
    const found = findSharedPassages([art('x', textA), art('y', textB)]);
    expect(found).toEqual([
      { a: { article: 'x', span: at(textA, shared) }, b: { article: 'y', span: at(textB, sharedB) }, text: shared },
    ]);
  });

  it('folds full-width letters and digits and case', () => {
    const textA = `甲。推进ＡＩ赋能社区治理，２０２３年建成十五分钟便民服务圈。乙`;
    const textB = `丙。推进ai赋能社区治理 2023年建成十五分钟便民服务圈！丁`;
    const found = findSharedPassages([art('x', textA), art('y', textB)]);
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe('推进ＡＩ赋能社区治理，２０２３年建成十五分钟便民服务圈');
    expect(found[0].b.span).toEqual(at(textB, '推进ai赋能社区治理 2023年建成十五分钟便民服务圈'));
  });

  it('reports a passage an article repeats against another partner where the first one already gave its text', () => {
    // `y` copies `x`'s sentence with its context, then the sentence alone again; `w` has the sentence too.
    // The second copy shares exactly the sentence with both `x` and `w`: two runs over one stretch.
    const context = `开头的话。${shared}。结尾的话`;
    const textX = `甲文${context}`;
    const textW = `乙文另起一段。${shared}。另作结语`;
    const textY = `丙文${context}。中间插话丁${shared}戊最后`;
    const found = findSharedPassages([art('x', textX), art('w', textW), art('y', textY)]);
    const second = textY.lastIndexOf(shared);
    // The second copy in `y` is not `x`'s text again (already given for the first): it is reported with `w`.
    expect(found.filter((p) => p.b.article === 'y').map((p) => [p.a.article, p.b.span.start])).toEqual([
      ['x', textY.indexOf('文开头的话')],
      ['w', second],
    ]);
  });

  it('reports nothing shorter than minLength Han characters', () => {
    const phrase = '加强社区领导班子和干部队伍建设'; // 15 Han characters
    const textA = `第一篇的话。${phrase}。后面的话`;
    const textB = `别人所写道：${phrase}。另外的话`;
    expect(findSharedPassages([art('x', textA), art('y', textB)])).toEqual([]);
    expect(findSharedPassages([art('x', textA), art('y', textB)], { minLength: 15 })).toHaveLength(1);
  });

  it('ignores shingles with more than maxPostings postings, but runs still extend across them', () => {
    const boiler = '坚持以习近平新时代中国特色社会主义思想为指导'; // 21 Han characters
    const texts = ['春天来了', '夏日炎炎', '秋风萧瑟', '冬雪皑皑'].map((s) => `${s}。${boiler}。${s}`);
    const articles = texts.map((t, i) => art(`b${i}`, t));
    // Each later article once, against the first (all runs are equally long).
    expect(findSharedPassages(articles).map((p) => [p.a.article, p.b.article])).toEqual([
      ['b0', 'b1'],
      ['b0', 'b2'],
      ['b0', 'b3'],
    ]);
    const stats: Partial<SharedPassageStats> = {};
    expect(findSharedPassages(articles, { maxPostings: 3, stats })).toEqual([]);
    expect(stats.skipped).toBeGreaterThan(0);

    // Two of them share a longer passage around the phrase: found whole.
    const around = `社区工作者们一致认为，${boiler}，把服务群众放在首位`;
    const more = [...texts.slice(0, 2), `开头不同。${around}。`, `另起一段：${around}！`];
    const found = findSharedPassages(
      more.map((t, i) => art(`c${i}`, t)),
      { maxPostings: 3 },
    );
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe(around);
    expect([found[0].a.article, found[0].b.article]).toEqual(['c2', 'c3']);
  });

  it('reports a passage three articles share once per later article, against the earliest', () => {
    const textA = `一号文章。${shared}。甲`;
    const textB = `二号文章说：${sharedB}；乙`;
    const textC = `三号文章写道 ${shared}… 丙`;
    const found = findSharedPassages([art('1', textA), art('2', textB), art('3', textC)]);
    expect(found.map((p) => [p.a.article, p.b.article])).toEqual([
      ['1', '2'],
      ['1', '3'],
    ]);
    expect(found[1].text).toBe(shared);
    expect(found[1].b.span).toEqual(at(textC, shared));
  });

  it('credits the earlier article that shares the longest run', () => {
    const textA = `一号文章。${shared}。甲`;
    const longer = `街道党工委强调${shared}`;
    const textB = `二号文章说：${longer}；乙`;
    const textC = `三号文章写道：${longer}。丙`;
    const found = findSharedPassages([art('1', textA), art('2', textB), art('3', textC)]);
    expect(found.map((p) => [p.a.article, p.b.article, p.text])).toEqual([
      ['1', '2', shared],
      ['2', '3', longer],
    ]);
    expect(found[1].b.span).toEqual(at(textC, longer));
  });

  it('does not report what is left of a run once a longer one claims it, if only set phrases are left', () => {
    const boiler = '坚持以习近平新时代中国特色社会主义思想为指导'; // in 5 articles: no seed with maxPostings 3
    const copied = '社区工作者们一致认为要把服务群众放在首位';
    const texts = [
      `春天来了。${boiler}。春天来了`,
      `开头。${copied}，${boiler}。夏日炎炎`,
      `前言。${shared}，${copied}。秋风萧瑟`,
      `冬雪皑皑。${boiler}。冬雪皑皑`,
      `山高水长。${boiler}。山高水长`,
      // Shares copied + boiler with d1, and the longer shared + copied with d2: d2's run claims `copied`, leaving d1 only the set phrase.
      `${shared}，${copied}，${boiler}。结尾`,
    ];
    const found = findSharedPassages(
      texts.map((t, i) => art(`d${i}`, t)),
      { maxPostings: 3 },
    );
    expect(found.map((p) => [p.a.article, p.b.article, p.text])).toEqual([
      ['d1', 'd2', copied],
      ['d2', 'd5', `${shared}，${copied}`],
    ]);
  });

  it('takes `a` from whichever article comes first in the input', () => {
    const textA = `一号文章。${shared}。甲`;
    const textB = `二号文章说：${sharedB}；乙`;
    const [p] = findSharedPassages([art('2', textB), art('1', textA)]);
    expect(p.a).toEqual({ article: '2', span: at(textB, sharedB) });
    expect(p.text).toBe(sharedB);
  });

  it('only compares bodies', () => {
    const front = `${shared}\n`;
    const textA = `${front}正文从这里开始，和别人没有共同的话。`;
    const textB = `作者简介。${shared}。`;
    const outside = art('x', textA, { start: front.length, end: textA.length });
    expect(findSharedPassages([outside, art('y', textB)])).toEqual([]);

    // A passage that runs out of the body is cut at the body's edge.
    const cut = textA.indexOf('党建工作');
    const half = art('x', textA, { start: cut, end: textA.length });
    const [p] = findSharedPassages([half, art('y', textB)]);
    expect(p.a.span).toEqual(at(textA, '党建工作的领导，形成齐抓共管的良好局面'));
    expect(p.b.span).toEqual(at(textB, '党建工作的领导，形成齐抓共管的良好局面'));
  });

  it('does not report text an article repeats within itself', () => {
    const text = `${shared}。${shared}。`;
    expect(findSharedPassages([art('x', text)])).toEqual([]);
    expect(findSharedPassages([art('x', text), art('y', '完全不同的一篇文章内容')])).toEqual([]);
  });

  it('reports a stretch once per pair even when one article repeats it', () => {
    const textA = `开头。${shared}。结尾`;
    const textB = `前言。${shared}。中间隔开一段话。${shared}。后记`;
    const found = findSharedPassages([art('x', textA), art('y', textB)]);
    expect(found).toHaveLength(1);
    expect(found[0].b.span).toEqual(at(textB, shared));
  });

  it('matches on the simplified view, spans and text in the source characters', () => {
    const trad = '社區黨組織要切實加強對社區黨建工作的領導，形成齊抓共管的良好局面';
    const textA = `繁體文章。${trad}。完`;
    const textB = `简体文章说：${shared}！`;
    const [p] = findSharedPassages([art('t', textA), art('s', textB)]);
    expect(p.text).toBe(trad);
    expect(p.b.span).toEqual(at(textB, shared));
  });

  it('handles empty input, empty bodies and odd options', () => {
    expect(findSharedPassages([])).toEqual([]);
    expect(findSharedPassages([art('x', ''), art('y', '')])).toEqual([]);
    const a = art('x', `甲。${shared}。`);
    const b = art('y', `乙。${shared}。`);
    expect(findSharedPassages([a, b], { shingle: 0, minLength: -3, maxPostings: 0 })).toHaveLength(1);
    expect(findSharedPassages([a, b], { shingle: 1000 })).toEqual([]);
    expect(findSharedPassages([{ ...a, body: { start: -5, end: 1e9 } }, b])).toHaveLength(1);
  });
});

describe('findSharedPassages on the seed', () => {
  const source = analyzeSeed();
  const inputs = source.articles.map((a) => ({
    slug: a.slug,
    text: a.text,
    view: simplifiedView(a.text),
    body: a.body,
  }));
  const found = findSharedPassages(inputs);
  const textOf = (slug: string) => source.articles.find((a) => a.slug === slug)!.text;

  it('finds the passages 篇三 and 篇八 share', () => {
    const between = found.filter((p) => p.a.article === 'csdj8-3' && p.b.article === 'csdj8-8');
    expect(between.map((p) => [p.text.slice(0, 10), p.text.length, p.b.span.end - p.b.span.start])).toEqual([
      ['单位党员意识”较强,', 23, 23],
      ['层层建立社区党的建设', 53, 53],
      ['各有关职能部门分工负', 26, 26],
    ]);
    // 篇三 writes 应层层建立…责任制, and 篇八 一是要层层建立…责任制。
    expect(between[1].text).toBe(
      '层层建立社区党的建设工作责任制,形成一级抓一级的工作机制,切实把工作任务、工作责任和工作要求落实到位,形成',
    );
    // 篇八 puts 在党委统一领导下, between the two halves.
    expect(textOf('csdj8-8').slice(between[1].b.span.end, between[2].b.span.start)).toBe('在党委统一领导下,');
    expect(between[2].text).toBe('各有关职能部门分工负责,密切配合,齐抓共管的工作机制');
    for (const p of between) {
      expect(normalizedText(textOf('csdj8-8').slice(p.b.span.start, p.b.span.end))).toBe(normalizedText(p.text));
    }
  });

  it('finds nothing else than these pairs', () => {
    // In 篇八's order. Its sentence about 单位人/社会人 is in 篇三 too, but 篇七's run is longer (心却…).
    expect(found.map((p) => `${p.a.article}~${p.b.article}:${hanCount(p.text)}`)).toEqual([
      'csdj8-3~csdj8-7:16',
      'csdj8-7~csdj8-8:16',
      'csdj8-3~csdj8-8:19',
      'csdj8-7~csdj8-8:17',
      'csdj8-7~csdj8-8:18',
      'csdj8-3~csdj8-8:49',
      'csdj8-3~csdj8-8:24',
    ]);
    expect(found[4].text.startsWith('心却不能接受由')).toBe(true);
    // 篇三 and 篇六 share only set phrases, the longest 14 Han characters.
    const short = findSharedPassages(inputs, { minLength: 12 }).filter(
      (p) => p.a.article === 'csdj8-3' && p.b.article === 'csdj8-6',
    );
    expect(short.map((p) => p.text)).toEqual(['建立覆盖全社会的党的工作网络', '加强对社区党建工作的领导']);
  });

  it('finds what the simple reference finds', () => {
    expect(found).toEqual(simpleSharedPassages(inputs));
    expect(findSharedPassages(inputs, { minLength: 12 })).toEqual(simpleSharedPassages(inputs, { minLength: 12 }));
  });
});

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('cost grows about linearly with the corpus', () => {
  const source = analyzeSeed();
  const sentences = source.articles
    .flatMap((a) => a.text.slice(a.body.start, a.body.end).split(/[。！？；!?;\n]/))
    .map((s) => s.trim())
    .filter((s) => hanCount(s) >= 20);
  const BOILERPLATE = ['坚持以习近平新时代中国特色社会主义思想为指导', '全心全意为人民服务的根本宗旨'];

  /**
   * `n` articles of pseudo-random Chinese: sample sentences with their
   * characters shuffled (so no two articles share them by chance), each
   * article also copying two sentences from one of the five before it, and
   * every article carrying the same set phrases.
   */
  function corpus(n: number): { articles: SharedPassageInput[]; copies: number } {
    const random = prng(20240715);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const own: string[][] = [];
    const articles: SharedPassageInput[] = [];
    let copies = 0;
    for (let i = 0; i < n; i++) {
      const mine: string[] = [];
      for (let j = 0; j < 20; j++) {
        const chars = [...pick(sentences)];
        for (let m = chars.length - 1; m > 0; m--) {
          const r = Math.floor(random() * (m + 1));
          [chars[m], chars[r]] = [chars[r], chars[m]];
        }
        mine.push(chars.join(''));
      }
      own.push(mine);
      const body = [...mine];
      if (i > 0) {
        const from = own[i - 1 - Math.floor(random() * Math.min(i, 5))];
        const first = Math.floor(random() * from.length);
        const second = (first + 1 + Math.floor(random() * (from.length - 1))) % from.length;
        body.splice(5, 0, from[first]);
        body.splice(15, 0, from[second]);
        copies += 2;
      }
      for (const phrase of BOILERPLATE) body.splice(Math.floor(random() * body.length), 0, phrase);
      const title = `第${i + 1}篇\n`;
      const text = `${title + body.join('。')}。`;
      articles.push({ slug: `s${i}`, text, view: text, body: { start: title.length, end: text.length } });
    }
    return { articles, copies };
  }

  /** The set phrases occur in every article: more than `maxPostings` times in both corpora. */
  const MAX_POSTINGS = 20;

  function run(n: number, maxPostings = MAX_POSTINGS) {
    const { articles, copies } = corpus(n);
    const stats: Partial<SharedPassageStats> = { postingsVisited: 0 };
    const found = findSharedPassages(articles, { stats, maxPostings });
    return { found, copies, stats: stats as SharedPassageStats };
  }

  const N = 40;
  const small = run(N);
  const large = run(4 * N);

  it('finds the copied sentences', () => {
    // Copies of a copy's source are shared too, so at least one passage per copy.
    expect(small.found.length).toBeGreaterThanOrEqual(small.copies);
    expect(large.found.length).toBeGreaterThanOrEqual(large.copies);
    expect(large.found.length / small.found.length).toBeLessThan(6);
    for (const { found } of [small, large]) expect(found.filter((p) => BOILERPLATE.includes(p.text))).toEqual([]);
  });

  it('finds what the simple reference finds', () => {
    expect(small.found).toEqual(simpleSharedPassages(corpus(N).articles, { maxPostings: MAX_POSTINGS }));
  });

  it('visits postings in proportion to the text, not its square', () => {
    const ratio = large.stats.postingsVisited / small.stats.postingsVisited;
    const positions = large.stats.positions / small.stats.positions;
    expect(positions).toBeGreaterThan(3.5);
    expect(positions).toBeLessThan(4.5);
    expect(ratio).toBeLessThan(6);
    expect(large.stats.charsCompared / small.stats.charsCompared).toBeLessThan(6);
    expect(large.stats.postingsVisited).toBeLessThanOrEqual(large.stats.positions * MAX_POSTINGS);
  });

  it('would grow with the square without the maxPostings cap', () => {
    const uncappedSmall = run(N, Infinity);
    const uncappedLarge = run(4 * N, Infinity);
    expect(uncappedLarge.stats.postingsVisited / uncappedSmall.stats.postingsVisited).toBeGreaterThan(6);
  });
});

describe('a passage many articles repeat', () => {
  // Each article: text of its own, then the same passage of 200 Han characters.
  const random = prng(7);
  const han = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 2000))).join('');
  const passage = han(200);
  const articles = Array.from({ length: 30 }, (_, i) => art(`r${i}`, `${han(60)}。${passage}。`));
  const stats: Partial<SharedPassageStats> = {};
  const found = findSharedPassages(articles, { stats, maxPostings: 100 });

  it('is found once per later article, against the first', () => {
    expect(found).toHaveLength(29);
    for (const p of found) expect([p.a.article, p.text]).toEqual(['r0', passage]);
  });

  it('is searched where it starts, not at each of its characters', () => {
    // Searching each position would read 30 × 29 / 2 postings per position, 200 times over.
    expect(stats.postingsVisited).toBeLessThan(30 * 29 * 4);
    expect(found).toEqual(simpleSharedPassages(articles, { maxPostings: 100 }));
  });
});

describe('properties', () => {
  const alphabet = fc.oneof(
    { arbitrary: fc.constantFrom(...'社区党建工作组织的问题对策加强服务黨', '𠀀'), weight: 4 },
    { arbitrary: fc.constantFrom(...'，。、；：“”！ \n'), weight: 1 },
    { arbitrary: fc.constantFrom(...'ａＡaA1１'), weight: 1 },
  );
  const text = fc.array(alphabet, { minLength: 4, maxLength: 80 }).map((cs) => cs.join(''));
  // Articles built from a few shared chunks and some of their own text, so that matches are common.
  const corpusArb = fc.array(text, { minLength: 1, maxLength: 4 }).chain((chunks) =>
    fc
      .array(
        fc.record({
          parts: fc.array(
            fc.oneof(
              fc.nat(chunks.length - 1).map((i) => chunks[i]),
              text,
            ),
            { minLength: 1, maxLength: 4 },
          ),
          s: fc.nat(),
          e: fc.nat(),
          whole: fc.boolean(),
        }),
        { minLength: 2, maxLength: 5 },
      )
      .map((arts) =>
        arts.map(({ parts, s, e, whole }) => {
          const t = parts.join('');
          const start = whole ? 0 : s % (t.length + 1);
          const end = whole ? t.length : start + (e % (t.length - start + 1));
          return { text: t, start, end };
        }),
      ),
  );
  const options = fc.record(
    {
      minLength: fc.integer({ min: -2, max: 8 }),
      shingle: fc.integer({ min: 0, max: 6 }),
      maxPostings: fc.integer({ min: 0, max: 12 }),
    },
    { requiredKeys: [] },
  );

  it('never throws; spans lie in the body and both sides read alike', () => {
    fc.assert(
      fc.property(corpusArb, options, (arts, opts) => {
        const inputs = arts.map((a, i) => ({
          slug: `p${i}`,
          text: a.text,
          view: simplifiedView(a.text),
          body: { start: a.start, end: a.end },
        }));
        const found: SharedPassage[] = findSharedPassages(inputs, opts);
        const index = (slug: string) => inputs.findIndex((x) => x.slug === slug);
        for (const p of found) {
          const ia = index(p.a.article);
          const ib = index(p.b.article);
          expect(ia).toBeLessThan(ib);
          for (const [side, i] of [
            [p.a, ia],
            [p.b, ib],
          ] as const) {
            expect(side.span.start).toBeGreaterThanOrEqual(inputs[i].body.start);
            expect(side.span.end).toBeLessThanOrEqual(inputs[i].body.end);
            expect(side.span.end).toBeGreaterThan(side.span.start);
          }
          const na = normalizedText(inputs[ia].view.slice(p.a.span.start, p.a.span.end));
          const nb = normalizedText(inputs[ib].view.slice(p.b.span.start, p.b.span.end));
          expect(na).toBe(nb);
          expect(na.length).toBeGreaterThan(0);
          expect(p.text).toBe(inputs[ia].text.slice(p.a.span.start, p.a.span.end));
          expect(hanCount(na)).toBeGreaterThanOrEqual(Math.max(1, opts.minLength ?? 16));
        }
        const keys = found.map((p) => [index(p.b.article), p.b.span.start]);
        const sorted = [...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        expect(keys).toEqual(sorted);
        // Once per stretch of the later article (whatever the partner), and once per stretch of a partner.
        const apart = (x: { start: number; end: number }, y: { start: number; end: number }) =>
          x.end <= y.start || y.end <= x.start;
        for (let i = 0; i < found.length; i++) {
          for (let j = i + 1; j < found.length; j++) {
            const [p, q] = [found[i], found[j]];
            if (p.b.article !== q.b.article) continue;
            expect(apart(p.b.span, q.b.span)).toBe(true);
            if (p.a.article === q.a.article) expect(apart(p.a.span, q.a.span)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds what the simple reference finds', () => {
    fc.assert(
      fc.property(corpusArb, options, (arts, opts) => {
        const inputs = arts.map((a, i) => ({
          slug: `r${i}`,
          text: a.text,
          view: simplifiedView(a.text),
          body: { start: a.start, end: a.end },
        }));
        expect(findSharedPassages(inputs, opts)).toEqual(simpleSharedPassages(inputs, opts));
      }),
      { numRuns: 500 },
    );
  });

  it('finds what the simple reference finds when many articles share a few passages', () => {
    // Passages recurring in many articles, cut at varying places, with a few characters of their own between:
    // runs with several partners at once, of many lengths.
    const few = fc.array(fc.constantFrom(...'社区党建工作'), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
    const passage = fc
      .array(fc.constantFrom(...'社区党建工作组织的问题对策加强服务'), { minLength: 6, maxLength: 30 })
      .map((cs) => cs.join(''));
    const corpus = fc.array(passage, { minLength: 1, maxLength: 3 }).chain((passages) =>
      fc.array(
        fc
          .array(
            fc.oneof(
              fc
                .record({ i: fc.nat(passages.length - 1), from: fc.nat(4), cut: fc.nat(4) })
                .map(({ i, from, cut }) => passages[i].slice(from, passages[i].length - cut)),
              few,
            ),
            { minLength: 1, maxLength: 6 },
          )
          .map((parts) => parts.join('')),
        { minLength: 2, maxLength: 10 },
      ),
    );
    const small = fc.record({
      minLength: fc.integer({ min: 1, max: 6 }),
      shingle: fc.integer({ min: 1, max: 4 }),
      maxPostings: fc.integer({ min: 2, max: 12 }),
    });
    fc.assert(
      fc.property(corpus, small, (texts, opts) => {
        const inputs = texts.map((text, i) => art(`m${i}`, text));
        expect(findSharedPassages(inputs, opts)).toEqual(simpleSharedPassages(inputs, opts));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings and spans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string({ unit: 'binary', maxLength: 60 }), s: fc.integer(), e: fc.integer() }), {
          maxLength: 4,
        }),
        options,
        (arts, opts) => {
          const inputs = arts.map((a, i) => ({
            slug: `q${i}`,
            text: a.text,
            view: a.text,
            body: { start: a.s, end: a.e },
          }));
          expect(() => findSharedPassages(inputs, opts)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});
