/** Traditional → simplified conversion of a text: OpenCC's, clause by clause with converted clauses looked up. */
import { cachedClause, cachedConversion, opencc, separatorTable } from './caches.ts';

/** Texts shorter than this are converted whole: splitting them would save nothing. */
const SPLIT_FROM = 64;

/** `convertWhole(text)`, the last text converted reused. */
export function toSimplified(text: string): string {
  return cachedConversion(text, convertByClauses);
}

/** The OpenCC conversion itself. */
function convertWhole(text: string): string {
  return opencc()(text);
}

/**
 * `convertWhole(text)`, clause by clause: no dictionary entry holds a separator, so no match crosses one.
 * Text with an ideographic description character (U+2FF0–U+2FFF, whose operands OpenCC skips together) is converted whole.
 */
function convertByClauses(text: string): string {
  const sep = separatorTable();
  if (sep === null || text.length < SPLIT_FROM) return convertWhole(text);
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x2ff0 && code <= 0x2fff) return convertWhole(text);
    if (sep[code] === 1) {
      parts.push(convertClause(text.slice(start, i + 1)));
      start = i + 1;
    }
  }
  if (start < text.length) parts.push(convertClause(text.slice(start)));
  return parts.join('');
}

/** `convertWhole(clause)`, looked up if converted already. A clause ends after a separator or at the text's end. */
export function convertClause(clause: string): string {
  return cachedClause(clause, convertWhole);
}
