/**
 * CSV for Excel and WPS: UTF-8 with BOM, CRLF, fields quoted where needed, and
 * every cell neutralised against formula injection the way OWASP recommends
 * (https://owasp.org/www-community/attacks/CSV_Injection): a cell beginning
 * with = + - @ tab or CR gets a leading apostrophe, so a spreadsheet shows it
 * as text instead of running it. Every CSV the build writes goes through here.
 */

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text with a leading apostrophe when a spreadsheet would read it as a formula (CSV and .xlsx alike). */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: neutralised, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as a CSV file's text. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks; a BOM is skipped). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      // CRLF ends the row at the \n
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** A CSV text written elsewhere (the analyzer's matrix and links), with every cell neutralised. */
export function neutraliseCsv(text: string): string {
  return csvText(parseCsv(text));
}
