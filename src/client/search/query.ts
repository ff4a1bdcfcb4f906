/** A search query turned into Pagefind terms: its words, each as the exact phrase of its characters. */
import { separateHan } from './index-text.ts';

/** The words of a query: split on spaces, quotes dropped, duplicates and blanks removed (at most 8). */
export function queryWords(query: string): string[] {
  const words = query
    .replace(/["“”„«»「」『』]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  return [...new Set(words)].slice(0, 8);
}

/** Pagefind exact-phrase query for one word: `"三 会 一 课"`. */
export function phraseQuery(word: string): string {
  return `"${separateHan(word, ' ')}"`;
}

/** Pagefind loose query (every character, anywhere in the record): the fallback when no record has the phrase. */
export function looseQuery(words: string[]): string {
  return words.map((w) => separateHan(w, ' ')).join(' ');
}

/** Lower case, unless that changes the length (offsets into the text must stay valid). */
export function lower(text: string): string {
  const l = text.toLowerCase();
  return l.length === text.length ? l : text;
}

/** The query's words as looked for literally in a record's text (case-insensitive). */
export function literalWords(query: string): string[] {
  return queryWords(query).map(lower);
}
