/**
 * One generated article: its lines (as blocks, before any layout damage) and
 * what a careful reader finds in it (the oracle). Structure only; the damage
 * a scraped PDF shows (hard wraps, page numbers, glyph artifacts, junk lines)
 * is added by `damage.ts`.
 */
import type { Rules } from '../../../src/analyzer/index.ts';
import { COMBINED_SUB, type Pool, type PoolItem } from './pool.ts';
import type { Rng } from './prng.ts';
import { chineseNumeral, fitsRole, gluedHeadingOk, runInCut, sentences, type ItemRole } from './text.ts';

/** A line of the article as written, before layout damage. */
export interface Block {
  text: string;
  /** `body` blocks may be hard-wrapped and get page numbers glued in; the others stay whole. */
  kind: 'title' | 'meta' | 'heading' | 'body' | 'junk' | 'notice';
  /** First offset where the block may be broken or a page number glued (after its heading and first sentence). */
  safeFrom?: number;
  /** A page number may be glued to the end of this line (`责任编辑:胡越67`). */
  numberAtEnd?: boolean;
  /** Ranges `[start, end)` (a heading up to its first `。`) where the line is never broken nor numbered. */
  protect?: [number, number][];
}

/** An item as the oracle states it. */
export interface ExpectedItem {
  role: ItemRole;
  title: string;
  /** Inline points (`一是…`) or numbered sub-items the item holds. */
  subpoints: number;
}

/** Bibliographic fields the oracle states (only those the generator wrote). */
export interface ExpectedMetadata {
  title: string;
  authors?: string[];
  journal?: string;
  year?: number;
  issue?: string;
  keywords?: string[];
  clc?: string[];
  editor?: string;
  /** Number of references listed. */
  references?: number;
}

/** What the generator put into one article. */
export interface ExpectedArticle {
  slug: string;
  piece: number;
  abstractOnly: boolean;
  counts: Record<ItemRole, number>;
  /** Items in text order. */
  items: ExpectedItem[];
  /** Explicit 问题N → 整改措施 pairs, as indexes into `items`. */
  pairs: [number, number][];
  metadata: ExpectedMetadata;
  /** How the article is written, for reports and coverage. */
  format: string[];
  /** Page numbers glued into the text, in text order (all to be removed). */
  pageNumbers: number[];
  /** Running footers split over two lines (each to be removed). */
  pageFooters: number;
  /** Whether `”` was written as the `冶` glyph throughout. */
  quoteGlyph: boolean;
}

export interface BuiltArticle {
  blocks: Block[];
  expected: Omit<ExpectedArticle, 'slug' | 'piece' | 'pageNumbers' | 'pageFooters' | 'quoteGlyph'>;
}

type Numbering = {
  family: 'cn-numeral' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled';
  render: (n: number) => string;
  name: string;
};

const SECTION_STYLES: Numbering[] = [
  { family: 'cn-numeral', render: (n) => `${chineseNumeral(n)}、`, name: '一、' },
  { family: 'cn-numeral', render: (n) => `${chineseNumeral(n)},`, name: '一,' },
  { family: 'cn-numeral', render: (n) => `${chineseNumeral(n)}，`, name: '一，' },
  { family: 'cn-numeral', render: (n) => `${chineseNumeral(n)}.`, name: '一.' },
];
const ITEM_STYLES: Numbering[] = [
  { family: 'cn-paren', render: (n) => `（${chineseNumeral(n)}）`, name: '（一）' },
  { family: 'cn-paren', render: (n) => `(${chineseNumeral(n)})`, name: '(一)' },
  { family: 'arabic', render: (n) => `${n}.`, name: '1.' },
  { family: 'arabic', render: (n) => `${n}、`, name: '1、' },
  { family: 'arabic', render: (n) => `${n}．`, name: '1．' },
  { family: 'cn-paren', render: (n) => `〔${chineseNumeral(n)}〕`, name: '〔一〕' },
];
const SUB_STYLES: Numbering[] = [
  { family: 'arabic', render: (n) => `${n}、`, name: '1、' },
  { family: 'arabic', render: (n) => `${n}.`, name: '1.' },
  { family: 'arabic-paren', render: (n) => `(${n})`, name: '(1)' },
  { family: 'arabic-paren', render: (n) => `（${n}）`, name: '（1）' },
  { family: 'circled', render: (n) => String.fromCharCode(0x2460 + n - 1), name: '①' },
];
const INLINE_STYLES: { render: (n: number, last: boolean) => string; name: string }[] = [
  { render: (n) => `${chineseNumeral(n)}是`, name: '一是' },
  { render: (n) => `${chineseNumeral(n)}要`, name: '一要' },
  { render: (n) => `第${chineseNumeral(n)},`, name: '第一,' },
  // `最后` only closes a run of at least two (首先, 其次, 最后).
  { render: (n, last) => (n === 1 ? '首先,' : last && n >= 3 ? '最后,' : n === 2 ? '其次,' : '再次,'), name: '首先' },
];

/** Titles this long or shorter may run in (`(一)标题。正文…`): a short first sentence is the heading. */
const RUN_IN_MAX = 24;
/** Own-line headings longer than this end with `。`, as the sample's do. */
const LONG_HEADING = 40;

export interface ArticleOptions {
  kind: 'numbered' | 'labelled' | 'abstract-only';
  /**
   * Also write the hard forms (tagged `hard:…` in the oracle): a heading on its
   * own line ending in words that could open a body, a long heading line with
   * no full stop, an intro closed by a half-width stop, an 一是… list glued to
   * its heading, a run-in heading in traditional text. On by default.
   */
  hardForms?: boolean;
  /** The file will be converted to traditional characters. */
  traditional?: boolean;
}

/** Build one article. */
export function buildArticle(rng: Rng, pool: Pool, rules: Rules, options: ArticleOptions): BuiltArticle {
  const b = new Builder(rng, pool, rules, options.hardForms ?? true, options.traditional ?? false);
  if (options.kind === 'abstract-only') b.abstractOnly();
  else b.full(options.kind);
  return { blocks: b.blocks, expected: b.expected() };
}

class Builder {
  blocks: Block[] = [];
  items: ExpectedItem[] = [];
  pairs: [number, number][] = [];
  format: string[] = [];
  metadata: ExpectedMetadata = { title: '' };
  private used = new Set<string>();

  private rng: Rng;
  private pool: Pool;
  private rules: Rules;
  private hardForms: boolean;
  private traditional: boolean;

  constructor(rng: Rng, pool: Pool, rules: Rules, hardForms: boolean, traditional: boolean) {
    this.rng = rng;
    this.pool = pool;
    this.rules = rules;
    this.hardForms = hardForms;
    this.traditional = traditional;
  }

  /** Where a run-in reading would cut the title (-1: nowhere). */
  private cut(title: string): number {
    return runInCut(title, this.rules);
  }

  /**
   * Whether `title。body…` on one line reads with the whole title as heading:
   * a short first sentence always does; a longer one (up to 40) when no
   * heading-final word meets a body-opening word inside it.
   */
  private canRunIn(title: string): boolean {
    return title.length <= RUN_IN_MAX || (title.length <= 40 && this.cut(title) === -1);
  }

  expected(): BuiltArticle['expected'] {
    const counts = { problem: 0, cause: 0, countermeasure: 0 };
    for (const i of this.items) counts[i.role]++;
    return {
      abstractOnly: this.format.includes('abstract-only'),
      counts,
      items: this.items,
      pairs: this.pairs,
      metadata: this.metadata,
      format: this.format,
    };
  }

  private push(text: string, kind: Block['kind'], safeFrom?: number): void {
    const block: Block = { text, kind };
    if (safeFrom !== undefined) block.safeFrom = safeFrom;
    this.blocks.push(block);
  }

  /**
   * A body paragraph. One that opens with a heading (`(一)标题。正文`) may be
   * broken only after the heading's sentence; the article's first paragraph
   * only after its first sentence (until a sentence has ended, a short line
   * reads as front matter); any other anywhere.
   */
  private para(text: string, prefixLength = 0): void {
    const first = !this.blocks.some((b) => b.kind === 'body');
    const from = prefixLength > 0 ? this.afterHeading(text, prefixLength) : first ? firstSentenceEnd(text, 0) : 0;
    this.push(text, 'body', from);
  }

  /** Where a paragraph opening with a heading of `prefixLength` may first be broken: after the heading's `。`. */
  private afterHeading(text: string, prefixLength: number): number | undefined {
    const stop = text.indexOf('。', prefixLength - 1);
    return stop === -1 ? undefined : stop + 1;
  }

  // ——— front matter ———

  private title(): string {
    const title = this.rng.pick(this.pool.titles);
    this.metadata.title = title;
    return title;
  }

  private front(): void {
    const title = this.title();
    const r = this.rng.next();
    if (r < 0.45) {
      this.push(title, 'title');
      this.format.push('meta:title');
    } else if (r < 0.55) {
      // The site's document title, then the article's own (篇三).
      const other = this.rng.pick(this.pool.titles.filter((t) => t !== title));
      this.push(other, 'title');
      this.push(title, 'title');
      this.format.push('meta:two-titles');
    } else if (r < 0.65) {
      this.push(title, 'title');
      if (this.rng.chance(0.3)) {
        // One name typeset with spaces between its characters (`毕 伟 强`).
        const name = this.names(1)[0];
        const gap = name.length === 2 ? '  ' : ' ';
        this.push([...name].join(gap), 'meta');
        this.metadata.authors = [name];
        this.format.push('meta:spaced-name');
      } else {
        const names = this.names(this.rng.int(1, 3));
        this.push(names.join(this.rng.pick([',', '，', '、'])), 'meta');
        this.metadata.authors = names;
      }
      this.format.push('meta:author-line');
    } else if (r < 0.82) {
      this.card(title);
    } else {
      this.journal(title);
    }
  }

  /** A CNKI-style record card after the title (`【作者】…【中图分类号】`). */
  private card(title: string): void {
    this.push(title, 'title');
    const names = this.names(this.rng.int(1, 2));
    this.push(`【作者】${names.join(';')}`, 'meta');
    this.push(`【作者单位】${this.affiliation()}`, 'meta');
    this.push(`【摘要】${this.abstract(title)}`, 'meta');
    const keywords = this.keywords();
    this.push(`【关键词】${keywords.join(';')}`, 'meta');
    const clc = this.rng.pick(['D267', 'D267.6', 'D26', 'D262.2']);
    this.push(`【中图分类号】${clc}`, 'meta');
    Object.assign(this.metadata, { authors: names, keywords, clc: [clc] });
    this.format.push('meta:card');
  }

  /** A journal masthead, title, authors, then `摘要:` `关键词:` `中图分类号:` lines. */
  private journal(title: string): void {
    const journal = this.rng.pick(JOURNALS);
    const year = this.rng.int(2005, 2023);
    const issue = this.rng.int(1, 12);
    this.push(`${journal}${year}年第${issue}期`, 'meta');
    this.push(title, 'title');
    const names = this.names(this.rng.int(1, 3));
    this.push(names.join(','), 'meta');
    this.push(`摘要:${this.abstract(title)}`, 'meta');
    const keywords = this.keywords();
    this.push(`关键词:${keywords.join(';')}`, 'meta');
    const clc = this.rng.pick(['D267', 'D267.6', 'D26']);
    this.push(`中图分类号:${clc}${this.rng.pick(['  ', ' ', ''])}文献标识码:A`, 'meta');
    Object.assign(this.metadata, { authors: names, journal, year, issue: String(issue), keywords, clc: [clc] });
    this.format.push('meta:masthead');
    this.backMatter = true;
  }

  private backMatter = false;

  /** A journal article's back matter: a reference list and the editor line (篇二, 篇五, 篇七). */
  private back(): void {
    if (!this.backMatter) return;
    if (this.rng.chance(0.6)) {
      const n = this.rng.int(2, 5);
      this.push('参考文献:', 'meta');
      for (let k = 1; k <= n; k++) {
        const author = this.names(1)[0];
        const title = this.rng.pick(this.pool.titles);
        const journal = this.rng.pick(JOURNALS);
        const year = this.rng.int(2000, 2022);
        const first = this.rng.int(10, 120);
        this.push(
          `[${k}]${author}.${title}[J].${journal},${year}(${this.rng.int(1, 12)}):${first}-${first + this.rng.int(1, 3)}.`,
          'meta',
        );
      }
      this.metadata.references = n;
      this.format.push('meta:references');
    }
    if (this.rng.chance(0.5)) {
      const editor = this.names(1)[0];
      this.blocks.push({ text: `责任编辑:${editor}`, kind: 'meta', numberAtEnd: true });
      this.metadata.editor = editor;
      this.format.push('meta:editor');
    }
  }

  private names(n: number): string[] {
    const out: string[] = [];
    while (out.length < n) {
      const name = this.rng.pick(SURNAMES) + this.rng.pick(GIVEN_NAMES);
      if (!out.includes(name)) out.push(name);
    }
    return out;
  }

  private affiliation(): string {
    const city = this.rng.pick(CITIES);
    return this.rng.pick([
      `中共${city}市委党校`,
      `${city}市委组织部`,
      `${city}大学马克思主义学院`,
      `${city}市${this.rng.pick(DISTRICTS)}区委党校`,
    ]);
  }

  private abstract(title: string): string {
    const topic = title.replace(/(?:存在|面临|中存在|中存).*$/, '') || '社区党建工作';
    return this.rng.pick([
      `${topic}是党的基层组织建设的重要组成部分。本文分析了当前${topic}存在的主要问题及其原因,并提出了相应的对策建议。`,
      `当前,${topic}仍然存在不少薄弱环节。本文结合工作实际,探讨了问题的成因,提出了改进工作的具体措施。`,
      `本文从实践出发,梳理了${topic}中的突出问题,分析其原因,并就进一步加强和改进工作提出了对策。`,
    ]);
  }

  private keywords(): string[] {
    return this.rng.pick([
      ['社区党建', '问题', '对策'],
      ['城市社区', '党建工作', '对策'],
      ['基层党建', '社区治理', '原因分析'],
      ['社区党组织', '党员管理', '对策建议'],
    ]);
  }

  // ——— body ———

  /** 篇一: a record card and the site's excerpt notice; no body. */
  abstractOnly(): void {
    const title = this.title();
    this.push(title, 'title');
    const names = this.names(1);
    this.push(names[0], 'meta');
    const journal = this.rng.pick(JOURNALS);
    const year = this.rng.int(2005, 2023);
    const issue = this.rng.int(1, 12);
    const first = this.rng.int(10, 200);
    this.push(`【期刊名称】《${journal}》`, 'meta');
    this.push(`【年(卷),期】${year}(000)${String(issue).padStart(3, '0')}`, 'meta');
    this.push(`【摘要】${this.abstract(title)}`, 'meta');
    this.push(`【总页数】${this.rng.int(1, 3)}页(P${first}-${first + this.rng.int(0, 2)})`, 'meta');
    this.push(`【作者】${names[0]}`, 'meta');
    this.push(`【作者单位】${this.affiliation()}`, 'meta');
    const clc = this.rng.pick(['D26', 'D267']);
    this.push(`【中图分类】${clc}`, 'meta');
    this.push('因版权原因,仅展示原文概要,查看原文内容请购买', 'notice');
    Object.assign(this.metadata, { authors: names, journal, year, issue: String(issue), clc: [clc] });
    this.format.push('abstract-only', 'meta:card', 'furniture:excerpt-notice');
  }

  full(kind: 'numbered' | 'labelled'): void {
    this.front();
    // An opening line without a sentence mark reads as a title line (known failure).
    const intros = this.pool.intros.filter((p) => this.hardForms || /[。！？]/.test(p));
    const chosen = this.rng.sample(intros, this.rng.chance(0.3) ? 2 : 1);
    if (!/[。！？]/.test(chosen[0])) this.format.push('hard:intro-without-full-stop');
    for (const p of chosen) this.para(p);
    if (kind === 'labelled') this.labelled();
    else this.numbered();
    this.back();
    if (this.rng.chance(0.05)) {
      this.push('因版权原因,仅展示原文概要,查看原文内容请购买', 'notice');
      this.format.push('furniture:excerpt-notice');
    }
  }

  /** 篇四: `问题一:…` blocks, each answered by an `整改措施:` block. */
  private labelled(): void {
    const n = this.rng.int(2, 5);
    const digits = this.rng.chance(0.3);
    const colon = this.rng.pick([':', '：']);
    const answer = this.rng.pick(['整改措施', '整改措施', '对策', '措施', '建议']);
    this.format.push(`numbering:问题${digits ? '1' : '一'}${colon}+${answer}${colon}`);
    for (let k = 1; k <= n; k++) {
      const problem = this.take('problem', 40);
      const measure = this.take('countermeasure', 60);
      if (!problem || !measure) break;
      const p = this.items.length;
      this.labelledBlock(`问题${digits ? k : chineseNumeral(k)}${colon}`, problem);
      this.labelledBlock(`${answer}${colon}`, measure);
      this.pairs.push([p, p + 1]);
    }
    this.conclusion(false);
  }

  private labelledBlock(label: string, item: PoolItem): void {
    const body = this.flatBody(item, 1, 2);
    if (item.title.length <= RUN_IN_MAX || (this.canRunIn(item.title) && this.rng.chance(0.3))) {
      this.para(`${label}${item.title}。${body[0]}`, label.length + item.title.length + 1);
      for (const p of body.slice(1)) this.para(p);
    } else {
      this.push(`${label}${item.title}。`, 'heading');
      for (const p of body) this.para(p);
    }
    this.items.push({ role: item.role, title: item.title, subpoints: 0 });
  }

  /** Numbered sections: context?, problems, causes?, countermeasures, conclusion?. */
  private numbered(): void {
    // 篇二: the PDF lost its line breaks, so the sections run on in one line. A heading is
    // then followed straight by the next marker, which must not need a sentence boundary before
    // it: items are numbered (一), and the article has no combined section (its subsections' items
    // would follow a heading directly).
    this.glued = this.rng.chance(0.1);
    const section = this.rng.pick(SECTION_STYLES);
    const itemStyle = this.rng.pick(this.glued ? ITEM_STYLES.filter((s) => s.family === 'cn-paren') : ITEM_STYLES);
    this.format.push(`numbering:${section.name}`, `numbering:${itemStyle.name}`);
    const from = this.blocks.length;
    let n = 0;
    if (!this.glued && this.pool.contexts.length >= 2 && this.rng.chance(0.15))
      this.contextSection(section.render(++n), itemStyle);

    const combined = !this.glued && this.rng.chance(0.12);
    if (combined) {
      this.combinedSection(section.render(++n), itemStyle);
    } else {
      const paragraphs = !this.glued && this.rng.chance(0.2);
      this.roleSection('problem', section.render(++n), itemStyle, paragraphs);
      if (this.rng.chance(0.5)) {
        this.roleSection(
          'cause',
          section.render(++n),
          this.sometimesOther(itemStyle),
          !this.glued && this.rng.chance(0.1),
        );
      }
    }
    this.roleSection('countermeasure', section.render(++n), this.sometimesOther(itemStyle), false);
    if (this.glued) this.glue(from);
    if (this.rng.chance(0.15)) {
      this.push(`${section.render(++n)}${this.rng.pick(['结语', '结束语', '结论'])}`, 'heading');
      this.conclusion(true);
      this.format.push('conclusion:section');
    } else {
      this.conclusion(false);
    }
  }

  private sometimesOther(style: Numbering): Numbering {
    return this.rng.chance(0.15) ? this.rng.pick(ITEM_STYLES.filter((s) => s.family === style.family)) : style;
  }

  private conclusion(always: boolean): void {
    if (!always && !this.rng.chance(0.4)) return;
    this.para(this.rng.pick(this.pool.conclusions));
    if (!always) this.format.push('conclusion:paragraph');
  }

  /** A context section with numbered subsections (no items: 篇七's 面临的新形势). */
  private contextSection(marker: string, style: Numbering): void {
    this.push(`${marker}${this.rng.pick(CONTEXT_HEADINGS)}`, 'heading');
    const subs = this.rng.sample(this.pool.contexts, this.rng.int(2, Math.min(3, this.pool.contexts.length)));
    subs.forEach((c, i) => {
      this.push(`${style.render(i + 1)}${c.heading}`, 'heading');
      for (const p of c.paragraphs) this.para(p);
    });
    this.format.push('section:context');
  }

  /** `一、…问题及原因` holding `(一)…问题` and `(二)…原因`, each with numbered items (篇五). */
  private combinedSection(marker: string, style: Numbering): void {
    this.push(`${marker}${this.rng.pick(this.pool.combinedHeadings)}`, 'heading');
    const inner = this.rng.pick(SUB_STYLES.filter((s) => s.family === 'arabic'));
    const parenStyle = style.family === 'cn-paren' ? style : ITEM_STYLES[this.rng.int(0, 1)];
    (['problem', 'cause'] as const).forEach((role, i) => {
      this.push(`${parenStyle.render(i + 1)}${this.rng.pick(COMBINED_SUB[role])}`, 'heading');
      this.numberedItems(role, inner, false);
    });
    this.format.push('section:problems+causes', `numbering:${parenStyle.name}>${inner.name}`);
  }

  private glued = false;

  /** Run the blocks from `from` on into one line, each heading protected up to its first `。`. */
  private glue(from: number): void {
    const parts = this.blocks.splice(from);
    let text = '';
    const protect: [number, number][] = [];
    for (const b of parts) {
      const at = text.length;
      text += b.text;
      if (b.kind === 'heading' || (b.safeFrom !== undefined && b.safeFrom > 0) || b.safeFrom === undefined) {
        const stop = text.indexOf('。', at);
        protect.push([at, stop === -1 ? text.length : stop + 1]);
      }
    }
    this.blocks.push({ text, kind: 'body', safeFrom: Math.min(protect[0]?.[1] ?? 0, text.length), protect });
    this.format.push('layout:glued-sections');
  }

  private roleSection(role: ItemRole, marker: string, style: Numbering, paragraphs: boolean): void {
    this.push(`${marker}${this.rng.pick(this.pool.headings[role])}`, 'heading');
    if (!this.glued && this.rng.chance(0.3) && this.pool.leadIns[role].length)
      this.para(this.rng.pick(this.pool.leadIns[role]));
    if (paragraphs) this.paragraphItems(role);
    else this.numberedItems(role, style, true);
  }

  /** Items as numbered subsections of a role section. */
  private numberedItems(role: ItemRole, style: Numbering, allowSub: boolean): void {
    const count = this.count(role);
    const subStyles = SUB_STYLES.filter((s) => s.family !== style.family);
    for (let k = 1; k <= count; k++) {
      const item = this.take(role, this.glued ? 40 : 48, this.glued);
      if (!item) break;
      const marker = style.render(k);
      const r = this.rng.next();
      let subpoints = 0;
      if (allowSub && r < 0.12) {
        // Numbered sub-items under the item (篇六's 1、…4、).
        const sub = this.rng.pick(subStyles);
        this.itemHead(marker, item.title, this.rng.chance(0.5) ? this.flatBody(item, 1, 1)[0] : undefined);
        subpoints = this.rng.int(2, 4);
        const lines = this.rng.sample(this.subSentences(role), subpoints);
        lines.forEach((s, i) => this.para(`${sub.render(i + 1)}${s}`, sub.render(i + 1).length + s.length));
        this.format.push(`subitems:${sub.name}`);
      } else if (r < 0.3) {
        // Inline points inside the item's text (篇七, 篇八).
        const inline = this.rng.pick(INLINE_STYLES);
        subpoints = this.rng.int(2, 4);
        this.itemHead(marker, item.title, this.inlineBody(role, subpoints, inline));
        this.format.push(`inline:${inline.name}`);
      } else {
        const body = this.flatBody(item, 1, 2);
        this.itemHead(marker, item.title, body[0]);
        for (const p of body.slice(1)) this.para(p);
      }
      this.items.push({ role, title: item.title, subpoints });
    }
  }

  /**
   * An item's heading and the start of its text, the heading written one of
   * the ways the sample does: on a line of its own; run in, ended by `。`
   * (`(一)标题。正文`); or glued straight to the text (篇二: `…的思维方式目前,…`),
   * where only a heading-final word meeting a body-opening word marks the end.
   */
  private itemHead(marker: string, title: string, first: string | undefined): void {
    let text = first;
    // Inline points right after a glued heading lose their first marker (known failure: no boundary before `一是`).
    const pointsFirst = (t: string) => /^(?:[一二三四五六七八九十][是要]|第[一二三四五六七八九十]|首先)/.test(t);
    // In a traditional source the simplified view may not give back the opener (`隨著` → `随著`, not `随着`): known failure.
    const glueable = (t: string | undefined) =>
      t !== undefined &&
      gluedHeadingOk(title, t, this.rules) &&
      (this.hardForms || (!pointsFirst(t) && !this.traditional));
    if (!glueable(text) && first !== undefined && this.rng.chance(0.3)) {
      const opening = this.roleSentences(this.currentRole).filter((s) => glueable(s));
      if (opening.length) text = this.rng.pick(opening) + first;
    }
    const r = this.rng.next();
    if (glueable(text) && (r < 0.15 || (this.glued && r < 0.4))) {
      this.para(`${marker}${title}${text}`, marker.length + title.length);
      this.format.push('heading:glued');
      if (pointsFirst(text!)) this.format.push('hard:glued-heading-before-inline-points');
      if (this.traditional) this.format.push('hard:glued-heading-in-traditional-text');
    } else if (this.glued || (this.canRunIn(title) && r < 0.5)) {
      this.para(`${marker}${title}。${first ?? ''}`, marker.length + title.length + 1);
      this.format.push('heading:run-in');
    } else {
      this.ownLineHeading(marker, title);
      if (first !== undefined) this.para(first);
      this.format.push('heading:own-line');
    }
  }

  /**
   * `(一)标题` on a line of its own; long ones end with `。`, as the sample's
   * do. A title a run-in reading would cut (`能力建设不够|健全`) is the
   * analyzer's known failure on its own line: it gets its `。` (a short
   * sentence is always the whole heading) unless known failures are wanted.
   */
  private ownLineHeading(marker: string, title: string): void {
    let stop = this.rng.chance(0.2) ? '。' : '';
    if (title.length > LONG_HEADING) {
      // Longer than a heading line can be recognised without its `。` (known failure).
      stop = this.hardForms ? '' : '。';
      if (this.hardForms) this.format.push('hard:long-own-line-heading');
    }
    if (this.cut(title) !== -1) {
      stop = this.hardForms ? '' : '。';
      if (this.hardForms) this.format.push('hard:own-line-heading-cut');
    }
    this.push(`${marker}${title}${stop}`, 'heading');
  }

  /** 篇三: paragraphs opening `一是…`, `二是…` under a role heading. */
  private paragraphItems(role: ItemRole): void {
    const count = this.count(role);
    for (let k = 1; k <= count; k++) {
      const item = this.take(role, RUN_IN_MAX);
      if (!item) break;
      const body = this.flatBody(item, 1, 2);
      const marker = `${chineseNumeral(k)}是`;
      this.para(`${marker}${item.title}。${body[0]}`, marker.length + item.title.length + 1);
      for (const p of body.slice(1)) this.para(p);
      this.items.push({ role, title: item.title, subpoints: 0 });
    }
    this.format.push('numbering:一是-paragraphs');
  }

  private count(role: ItemRole): number {
    return role === 'cause' ? this.rng.int(2, 4) : this.rng.int(2, 6);
  }

  /** An unused item of `role` whose title is at most `maxTitle` long (and can run in, if `runIn`). */
  private take(role: ItemRole, maxTitle: number, runIn = false): PoolItem | undefined {
    const options = this.pool.items[role].filter(
      (i) =>
        !this.used.has(i.title) &&
        i.title.length <= maxTitle &&
        fitsRole(i.title, role, this.rules.roleCues) &&
        // A title cut by a run-in reading is safe only as a short first sentence.
        (this.cut(i.title) === -1 || i.title.length <= RUN_IN_MAX) &&
        (!runIn || this.canRunIn(i.title)),
    );
    if (options.length === 0) return undefined;
    const item = this.rng.pick(options);
    this.used.add(item.title);
    this.currentRole = role;
    return item;
  }

  private currentRole: ItemRole = 'problem';

  /** The item's own paragraphs, or real sentences put together when it has none. */
  private flatBody(item: PoolItem, min: number, max: number): string[] {
    // Glued text runs paragraph into paragraph: each must end with `。` for the next marker to stand after it.
    const own = item.paragraphs.filter((p) => !this.glued || p.endsWith('。'));
    if (own.length > 0) return own.slice(0, this.rng.int(min, Math.max(min, Math.min(max, own.length))));
    const n = this.rng.int(min, max);
    const from = this.roleSentences(item.role);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.rng.sample(from, this.rng.int(2, 4)).join(''));
    return out;
  }

  /** A lead sentence, then `一是…;二是…;三是…。` made of real sentences of the item's kind. */
  private inlineBody(role: ItemRole, n: number, style: (typeof INLINE_STYLES)[number]): string {
    const parts = this.rng.sample(this.subSentences(role), n).map((s) => s.slice(0, -1));
    const points = `${parts.map((s, i) => `${style.render(i + 1, i === n - 1)}${s}`).join('；')}。`;
    const lead = this.rng.chance(0.6) ? this.rng.pick(this.roleSentences(role)) : '';
    return lead + points;
  }

  private roleSentences(role: ItemRole): string[] {
    const own = this.pool.sentences.filter((s) => s.role === role).map((s) => s.text);
    return own.length >= 8 ? own : this.pool.sentences.map((s) => s.text);
  }

  /** Sentences that read as points: no lead-in clause (`同时,` `目前,`), not too long. */
  private subSentences(role: ItemRole): string[] {
    const ok = (s: string) =>
      /^\p{Script=Han}/u.test(s) && s.length <= 80 && !s.includes('；') && !/^[^,，、]{1,4}[,，]/u.test(s);
    const own = this.roleSentences(role).filter(ok);
    return own.length >= 6 ? own : this.pool.sentences.map((s) => s.text).filter(ok);
  }
}

function firstSentenceEnd(text: string, from: number): number | undefined {
  const first = sentences(text.slice(from))[0];
  return first === undefined ? undefined : from + first.length;
}

const CONTEXT_HEADINGS = ['城市社区党建工作面临的新形势', '加强社区党建工作的重要意义', '社区党建工作的基本现状'];

const JOURNALS = [
  '党政论坛',
  '领导科学',
  '理论导刊',
  '学理论',
  '人民论坛',
  '党建研究',
  '中国民政',
  '社会主义论坛',
  '理论与当代',
];

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘'];
const GIVEN_NAMES = [
  '建国',
  '丽华',
  '文静',
  '晓燕',
  '海涛',
  '志强',
  '红梅',
  '永刚',
  '俊杰',
  '秀英',
  '立新',
  '春燕',
  '卫东',
  '雪梅',
  '国庆',
  '玉兰',
  '明',
  '伟',
  '芳',
  '静',
];
const CITIES = ['重庆', '成都', '武汉', '长沙', '济南', '郑州', '合肥', '南昌', '西安', '兰州', '昆明', '南宁'];
const DISTRICTS = ['江北', '城关', '新城', '高新', '开发', '城东', '城西'];
