/** The article being written: its blocks and the oracle's records, with what every part of the writer uses. */
import type { Rules } from '../../../../src/analyzer/index.ts';
import type { Pool, PoolItem } from '../pool.ts';
import type { Rng } from '../prng.ts';
import { fitsRole, runInCut, sentences, type ItemRole } from '../text.ts';
import type { Block, BuiltArticle, ExpectedItem, ExpectedMetadata } from './records.ts';

/** Titles this long or shorter may run in (`(一)标题。正文…`): a short first sentence is the heading. */
export const RUN_IN_MAX = 24;

export class ArticleWriter {
  blocks: Block[] = [];
  items: ExpectedItem[] = [];
  pairs: [number, number][] = [];
  format: string[] = [];
  metadata: ExpectedMetadata = { title: '' };
  /** Set by a journal masthead: the article ends with back matter. */
  backMatter = false;
  /** 篇二: the sections run on in one line. */
  glued = false;
  /** Role of the item last taken (sentences glued before its text are of that role). */
  currentRole: ItemRole = 'problem';
  private used = new Set<string>();

  readonly rng: Rng;
  readonly pool: Pool;
  readonly rules: Rules;
  readonly hardForms: boolean;
  readonly traditional: boolean;

  constructor(rng: Rng, pool: Pool, rules: Rules, hardForms: boolean, traditional: boolean) {
    this.rng = rng;
    this.pool = pool;
    this.rules = rules;
    this.hardForms = hardForms;
    this.traditional = traditional;
  }

  /** Where a run-in reading would cut the title (-1: nowhere). */
  cut(title: string): number {
    return runInCut(title, this.rules);
  }

  /**
   * Whether `title。body…` on one line reads with the whole title as heading:
   * a short first sentence always does; a longer one (up to 40) when no
   * heading-final word meets a body-opening word inside it.
   */
  canRunIn(title: string): boolean {
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

  push(text: string, kind: Block['kind'], safeFrom?: number): void {
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
  para(text: string, prefixLength = 0): void {
    const first = !this.blocks.some((b) => b.kind === 'body');
    const from = prefixLength > 0 ? afterHeading(text, prefixLength) : first ? firstSentenceEnd(text) : 0;
    this.push(text, 'body', from);
  }

  /** The article's title, picked from the pool and recorded. */
  title(): string {
    const title = this.rng.pick(this.pool.titles);
    this.metadata.title = title;
    return title;
  }

  /** An unused item of `role` whose title is at most `maxTitle` long (and can run in, if `runIn`). */
  take(role: ItemRole, maxTitle: number, runIn = false): PoolItem | undefined {
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

  /** Real sentences of the pool of `role` (all of them when it has few). */
  roleSentences(role: ItemRole): string[] {
    const own = this.pool.sentences.filter((s) => s.role === role).map((s) => s.text);
    return own.length >= 8 ? own : this.pool.sentences.map((s) => s.text);
  }

  /** Sentences that read as points: no lead-in clause (`同时,` `目前,`), not too long. */
  subSentences(role: ItemRole): string[] {
    const ok = (s: string) =>
      /^\p{Script=Han}/u.test(s) && s.length <= 80 && !s.includes('；') && !/^[^,，、]{1,4}[,，]/u.test(s);
    const own = this.roleSentences(role).filter(ok);
    return own.length >= 6 ? own : this.pool.sentences.map((s) => s.text).filter(ok);
  }
}

/** Where a paragraph opening with a heading of `prefixLength` may first be broken: after the heading's `。`. */
function afterHeading(text: string, prefixLength: number): number | undefined {
  const stop = text.indexOf('。', prefixLength - 1);
  return stop === -1 ? undefined : stop + 1;
}

function firstSentenceEnd(text: string): number | undefined {
  return sentences(text)[0]?.length;
}
