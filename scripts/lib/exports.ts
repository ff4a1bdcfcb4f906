import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Corpus, type Item, itemsCsv, linksCsv, matrixCsv } from '../../src/analyzer/index.ts';
import { cslItems } from '../../src/cite/csl.ts';
import { EXPORT_FORMATS, exportReferences, type ExportFormat } from '../../src/cite/export.ts';
import { corpusJson, writePieces } from './corpus-file.ts';

/** Write a file, creating its folder. */
export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Deterministic JSON (no timestamps; key order as built), compact: the corpus model grows with the collection. */
export function json(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/**
 * The data downloads next to the site: the corpus model, the matrix (JSON and
 * CSV for Excel/WPS) and the links (CSV, cells neutralised against formula
 * injection: src/analyzer/corpus/csv.ts). Returns the files written.
 */
export function writeExports(corpus: Corpus, folder: string): string[] {
  const items = new Map<string, Item>(
    corpus.sources.flatMap((s) => s.articles.flatMap((a) => a.items.map((i) => [i.id, i]))),
  );
  const names = new Map(corpus.themes.map((t) => [t.id, t.name]));
  writePieces(join(folder, 'corpus.json'), corpusJson(corpus));
  const files: [string, string][] = [
    [
      'matrix.json',
      json({
        themes: corpus.themes.map((t) => ({ id: t.id, name: t.name })),
        matrix: corpus.matrix,
        articleMatrices: corpus.articleMatrices,
        themeFrequency: corpus.themeFrequency,
        links: corpus.links,
        gaps: corpus.gaps,
      }),
    ],
    ['matrix.csv', matrixCsv(corpus.matrix, names)],
    ['links.csv', linksCsv(corpus.links, items)],
    ['items.csv', itemsCsv(corpus, names)],
  ];
  for (const [name, text] of files) writeText(join(folder, name), text);
  return [join(folder, 'corpus.json'), ...files.map(([name]) => join(folder, name))];
}

/**
 * A reading list in every reference-manager format (RIS, BibTeX, CSL-JSON,
 * EndNote, NoteExpress): `<base>.<ext>`. All articles when `slugs` is absent.
 */
export function writeReferenceExports(corpus: Corpus, base: string, slugs?: readonly string[]): string[] {
  const items = cslItems(corpus.sources, slugs);
  return (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => {
    const path = `${base}.${EXPORT_FORMATS[format].extension}`;
    writeText(path, exportReferences(items, format));
    return path;
  });
}
