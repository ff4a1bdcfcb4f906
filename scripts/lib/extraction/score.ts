/**
 * Scoring the analyzer against the hand annotations: each annotated phrase is
 * matched to the item whose opening holds it (one item per phrase), then
 * counted per role as found (same role), missed (no item, or another role)
 * or spurious (an item no phrase of its role matches). Pure.
 */
import { type Corpus, type Item, type ItemRole, simplifiedView } from '../../../src/analyzer/index.ts';
import type { AnnotatedText, Truth } from './truth.ts';

export const ROLES: readonly ItemRole[] = ['problem', 'cause', 'countermeasure'];
const TRUTH_KEY = { problem: 'problems', cause: 'causes', countermeasure: 'countermeasures' } as const;

/** Characters of an item's text, from its start, that an annotated phrase must lie within. */
const OPENING = 80;
/** Pinyin a converter put after a character (`區(qū)`): not part of the text a reader means. */
const PINYIN = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+[)）]/g;

/** The form both sides are compared in: compatibility forms folded, simplified, no pinyin, no white space. */
export function matchForm(text: string): string {
  return simplifiedView(text.normalize('NFKC').replace(PINYIN, '')).replace(/[\s\u3000]+/g, '');
}

/** Found, missed and spurious counts. */
export interface Counts {
  found: number;
  missed: number;
  spurious: number;
}

const zero = (): Counts => ({ found: 0, missed: 0, spurious: 0 });

/** What one annotated text scored. */
export interface TextScore {
  name: string;
  truth: Truth;
  roles: Record<ItemRole, Counts>;
  links: { found: number; of: number };
  /** Items found in a text that is not of the genre. */
  itemsInNonGenre: number;
  /** Annotated phrases no item's opening holds, and items no phrase matched, for reading. */
  missedPhrases: string[];
  spuriousItems: string[];
  /** Annotated links not drawn, each with why (an end not found, or no link between the two items). */
  missedLinks: string[];
  /** Hand-coded themes against the automatic ones, over the coded items the analyzer found. */
  themes: ThemeCounts;
}

/** Theme pairs (item, theme) both gave, only the coder gave, only the analyzer gave; per theme too. */
export interface ThemeCounts {
  items: number;
  /** Items whose coder's main theme is among the automatic ones. */
  mainAmong: number;
  both: number;
  coderOnly: number;
  autoOnly: number;
  perTheme: Record<string, { both: number; coderOnly: number; autoOnly: number }>;
}

/** Scores every annotated text against the corpus the analyzer built from them. */
export function scoreTexts(corpus: Corpus, texts: readonly AnnotatedText[]): TextScore[] {
  const bySource = new Map(corpus.sources.map((s) => [s.path, s]));
  const linked = new Set(corpus.links.map((l) => `${l.from} ${l.to}`));
  return texts.map((t) => {
    const items = bySource.get(t.path)?.articles.flatMap((a) => a.items) ?? [];
    return scoreText(t, items, linked);
  });
}

function scoreText(text: AnnotatedText, items: readonly Item[], linked: ReadonlySet<string>): TextScore {
  const { truth } = text;
  const openings = items.map((i) => `${matchForm(i.title)}\n${matchForm(i.text).slice(0, OPENING)}`);
  const matchedBy = new Map<string, Item>();
  const matchedItems = new Set<Item>();
  const roles = { problem: zero(), cause: zero(), countermeasure: zero() };
  const missedPhrases: string[] = [];
  for (const role of ROLES) {
    for (const phrase of truth[TRUTH_KEY[role]]) {
      const p = matchForm(phrase);
      const k = items.findIndex((item, i) => !matchedItems.has(item) && openings[i].includes(p));
      if (k === -1) {
        roles[role].missed++;
        missedPhrases.push(`${role}: ${phrase}`);
        continue;
      }
      matchedItems.add(items[k]);
      matchedBy.set(phrase, items[k]);
      if (items[k].role === role) roles[role].found++;
      else {
        roles[role].missed++;
        roles[items[k].role].spurious++;
        missedPhrases.push(`${role}: ${phrase}（读成了${items[k].role}）`);
      }
    }
  }
  const spuriousItems = items.filter((i) => !matchedItems.has(i));
  for (const item of spuriousItems) roles[item.role].spurious++;
  const themes = themeCounts(truth, matchedBy);
  let found = 0;
  const missedLinks: string[] = [];
  for (const [a, b] of truth.links) {
    const x = matchedBy.get(a)?.id;
    const y = matchedBy.get(b)?.id;
    if (x && y && (linked.has(`${x} ${y}`) || linked.has(`${y} ${x}`))) found++;
    else missedLinks.push(`${a} → ${b}${x && y ? '' : '（条目未找到）'}`);
  }
  return {
    name: text.name,
    truth,
    roles,
    links: { found, of: truth.links.length },
    itemsInNonGenre: truth.genre ? 0 : items.length,
    missedPhrases,
    spuriousItems: spuriousItems.map((i) => `${i.role}: ${i.title}`),
    missedLinks,
    themes,
  };
}

/** The coder's themes of each coded phrase against the automatic themes of the item it matched. */
function themeCounts(truth: Truth, matchedBy: ReadonlyMap<string, Item>): ThemeCounts {
  const counts: ThemeCounts = { items: 0, mainAmong: 0, both: 0, coderOnly: 0, autoOnly: 0, perTheme: {} };
  const theme = (id: string) => (counts.perTheme[id] ??= { both: 0, coderOnly: 0, autoOnly: 0 });
  for (const [phrase, coded] of Object.entries(truth.themes ?? {})) {
    const item = matchedBy.get(phrase);
    if (!item) continue;
    const auto = new Set(item.themes.map((t) => t.theme));
    counts.items++;
    if (auto.has(coded[0])) counts.mainAmong++;
    for (const id of coded) {
      const key = auto.has(id) ? 'both' : 'coderOnly';
      counts[key]++;
      theme(id)[key]++;
    }
    for (const id of auto)
      if (!coded.includes(id)) {
        counts.autoOnly++;
        theme(id).autoOnly++;
      }
  }
  return counts;
}

/** Theme counts added up over texts. */
export function totalThemes(scores: readonly TextScore[]): ThemeCounts {
  const total: ThemeCounts = { items: 0, mainAmong: 0, both: 0, coderOnly: 0, autoOnly: 0, perTheme: {} };
  for (const { themes } of scores) {
    total.items += themes.items;
    total.mainAmong += themes.mainAmong;
    total.both += themes.both;
    total.coderOnly += themes.coderOnly;
    total.autoOnly += themes.autoOnly;
    for (const [id, c] of Object.entries(themes.perTheme)) {
      const t = (total.perTheme[id] ??= { both: 0, coderOnly: 0, autoOnly: 0 });
      t.both += c.both;
      t.coderOnly += c.coderOnly;
      t.autoOnly += c.autoOnly;
    }
  }
  return total;
}

/** Counts added up over texts, per role. */
export function totalCounts(scores: readonly TextScore[]): Record<ItemRole, Counts> {
  const total = { problem: zero(), cause: zero(), countermeasure: zero() };
  for (const s of scores)
    for (const role of ROLES) {
      total[role].found += s.roles[role].found;
      total[role].missed += s.roles[role].missed;
      total[role].spurious += s.roles[role].spurious;
    }
  return total;
}

/** Found / (found + missed); 1 when there is nothing to find. */
export const recall = (c: Counts) => (c.found + c.missed === 0 ? 1 : c.found / (c.found + c.missed));
/** Found / (found + spurious); 1 when nothing was reported. */
export const precision = (c: Counts) => (c.found + c.spurious === 0 ? 1 : c.found / (c.found + c.spurious));
