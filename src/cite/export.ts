/**
 * Reference exports for a whole collection or a reading list (a list of CSL
 * items, see `cslItems` in `./csl.ts`). Pure: the caller writes the text,
 * as UTF-8.
 *
 * - RIS, BibTeX, CSL-JSON and EndNote tagged (.enw) come from Citation.js
 *   (`@citation-js/core` with `plugin-ris`, `plugin-bibtex`, `plugin-enw`),
 *   with three adjustments that keep Chinese data intact:
 *   - BibTeX: the plugin's `asciiOnly` option is turned off (it would
 *     otherwise drop every Han character), and its label check is turned off
 *     so the citation key is the article slug (`csdj8-7`); both settings are
 *     restored afterwards.
 *   - RIS: the records are taken from the plugin as objects and written one
 *     tag per line here, because the plugin's text writer breaks values
 *     every 70 characters and RIS readers (the plugin's own included) join
 *     continuation lines with a space — a space in the middle of a Chinese
 *     abstract. Web pages also get `T2` (website/compilation title), which
 *     the plugin's mapping leaves out for `ELEC` records; Zotero's RIS
 *     translator maps `T2` to the website title of a web page.
 *   - Line breaks inside values are folded to spaces in the tagged formats
 *     (RIS, .enw, NoteExpress), where a line is a field.
 * - NoteExpress's own tagged text (`{Reference Type}: Journal Article`,
 *   `{Title}: …`, one `{Author}:` line per author) is written here: no
 *   library writes it. Field names are those of the NoteExpress files CNKI
 *   and Wanfang export (`{Journal}`, `{Year}`, `{Volume}`, `{Issue}`,
 *   `{Pages}`, `{Keywords}`, `{Abstract}`, `{ISBN/ISSN}`, `{URL}`,
 *   `{Language}`, `{Secondary Title}`, `{Publisher}`, `{Date}`).
 *
 * RIS and NoteExpress end lines with CRLF, as the RIS specification asks and
 * as CNKI's NoteExpress files do (NoteExpress runs on Windows only); .enw,
 * BibTeX and CSL-JSON use LF (Citation.js's own .enw reader does not accept
 * CRLF; EndNote reads either).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-enw';
import '@citation-js/plugin-ris';
import type { CslItem, CslName } from './csl.ts';
import { formatDate } from './gbt7714.ts';

/** The export formats. */
export type ExportFormat = 'ris' | 'bibtex' | 'csl-json' | 'enw' | 'noteexpress';

/** File name extension, media type and a Chinese label for each format (for download links). */
export const EXPORT_FORMATS: Record<ExportFormat, { extension: string; mediaType: string; label: string }> = {
  ris: { extension: 'ris', mediaType: 'application/x-research-info-systems', label: 'RIS' },
  bibtex: { extension: 'bib', mediaType: 'application/x-bibtex', label: 'BibTeX' },
  'csl-json': { extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
  enw: { extension: 'enw', mediaType: 'application/x-endnote-refer', label: 'EndNote' },
  noteexpress: { extension: 'txt', mediaType: 'text/plain', label: 'NoteExpress' },
};

const CRLF = '\r\n';

/** One line per field: line breaks inside a value become single spaces. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** A copy of the items with every string value on one line (for the tagged formats). */
function folded(items: readonly CslItem[]): CslItem[] {
  return items.map((item) =>
    JSON.parse(JSON.stringify(item, (_k, v: unknown) => (typeof v === 'string' ? oneLine(v) : v))),
  );
}

function cite(items: readonly CslItem[]): Cite {
  return new Cite(structuredClone(items as CslItem[]));
}

function ris(items: readonly CslItem[]): string {
  const data = folded(items);
  const records = cite(data).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  return records
    .map((record, i) => {
      const lines = [`TY  - ${record.TY}`];
      for (const [tag, value] of Object.entries(record)) {
        if (tag === 'TY') continue;
        for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${oneLine(String(v))}`);
      }
      const container = data[i]['container-title'];
      if (record.TY === 'ELEC' && container && !('T2' in record)) lines.push(`T2  - ${container}`);
      lines.push('ER  - ');
      return lines.join(CRLF) + CRLF;
    })
    .join(CRLF);
}

function bibtex(items: readonly CslItem[]): string {
  const format = plugins.config.get('@bibtex').format;
  const saved = { asciiOnly: format.asciiOnly, checkLabel: format.checkLabel };
  format.asciiOnly = false;
  format.checkLabel = false;
  try {
    return cite(items).format('bibtex', { format: 'text' }) as string;
  } finally {
    Object.assign(format, saved);
  }
}

/** A person for NoteExpress: Han names whole, Latin names `Family, Given` (as CNKI writes them). */
function personText(name: CslName): string {
  if (name.literal) return name.literal;
  return [name.family, name.given].filter(Boolean).join(', ');
}

function noteExpressRecord(item: CslItem): string {
  const lines: string[] = [];
  const put = (field: string, value: string | number | undefined) => {
    const v = value === undefined ? '' : oneLine(String(value));
    if (v) lines.push(`{${field}}: ${v}`);
  };
  const journal = item.type === 'article-journal';
  put('Reference Type', journal ? 'Journal Article' : 'Web Page');
  put('Title', item.title);
  for (const name of item.author ?? []) put('Author', personText(name));
  const year = item.issued?.['date-parts'][0]?.[0];
  if (journal) {
    put('Journal', item['container-title']);
    put('Year', year);
    put('Volume', item.volume);
    put('Issue', item.issue);
    put('Pages', item.page);
    put('ISBN/ISSN', item.ISSN);
  } else {
    put('Secondary Title', item['container-title']);
    put('Publisher', item.publisher);
    put('Year', year);
    if (item.issued && item.issued['date-parts'][0].length > 1) put('Date', formatDate(item.issued));
  }
  for (const keyword of item.keyword?.split(/\s*[,;，；]\s*/).filter(Boolean) ?? []) put('Keywords', keyword);
  put('Abstract', item.abstract);
  put('URL', item.URL);
  if (item.language?.startsWith('zh')) put('Language', 'chi');
  else put('Language', item.language);
  return lines.join(CRLF) + CRLF;
}

/**
 * The items in one export format: `ris`, `bibtex`, `csl-json`, `enw` (EndNote
 * tagged) or `noteexpress`. Items keep their order; an empty list gives an
 * empty export (`[]` for CSL-JSON).
 */
export function exportReferences(items: readonly CslItem[], format: ExportFormat): string {
  if (items.length === 0) return format === 'csl-json' ? '[]\n' : '';
  switch (format) {
    case 'ris':
      return ris(items);
    case 'bibtex':
      return bibtex(items);
    case 'csl-json':
      return `${cite(items).format('data', { format: 'text' }) as string}\n`;
    case 'enw':
      return cite(folded(items)).format('enw', { format: 'text', lineEnding: '\n' }) as string;
    case 'noteexpress':
      return items.map(noteExpressRecord).join(CRLF);
  }
}
