/**
 * Word 97–2003 (.doc), read with word-extractor: the body text; headers,
 * footers, footnotes and endnotes recorded as left out (the format does not
 * say where in the body a note's marker was, so they are listed at its end).
 */
import WordExtractor from 'word-extractor';
import type { Removed } from '../../types.ts';
import type { Extracted } from './result.ts';

export async function extractDoc(_name: string, bytes: Uint8Array): Promise<Extracted> {
  const doc = await new WordExtractor().extract(Buffer.from(bytes));
  const text = doc.getBody().replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  const removed: Removed[] = [];
  const add = (kind: string, value: string, at: number) => {
    for (const line of value.split(/\r?\n/)) if (line.trim()) removed.push({ kind, text: line.trim(), at });
  };
  add('page-header', doc.getHeaders({ includeFooters: false }), 0);
  add('page-footer', doc.getFooters(), text.length);
  add('footnote', doc.getFootnotes(), text.length);
  add('endnote', doc.getEndnotes(), text.length);
  return { format: 'doc', text, removed };
}
