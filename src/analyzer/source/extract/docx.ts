/**
 * Word (.docx): the text of the document part, paragraph by paragraph, with
 * automatic numbering written out, tables as rows of cells, footnotes kept
 * apart (recorded where their marker stood) and the core properties as
 * metadata. The package is read with JSZip (what mammoth reads it with):
 * mammoth's own model keeps neither the numbering formats nor the numbers.
 */
import JSZip from 'jszip';
import type { ExtractedMetadata, Heading, Removed } from '../../types.ts';
import { Numbering } from './docx-numbering.ts';
import { type Extracted, refusal } from './result.ts';
import { child, parseXml, val } from './xml.ts';

/** Paragraph styles: their numbering, and the style they are based on. */
interface Style {
  numId?: string;
  level?: number;
  basedOn?: string;
  /** Heading level of the style (0 = title), from its outline level or its name. */
  heading?: number;
}

export async function extractDocx(name: string, bytes: Uint8Array): Promise<Extracted> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw refusal(
      'extract.docx-damaged',
      `${name} 不是完整的 Word 文档（压缩包无法打开，可能已损坏或只下载了一部分）。请重新下载，或用 Word/WPS 打开后“另存为” .docx。`,
    );
  }
  const part = (path: string) => zip.file(path)?.async('string');
  const documentXml = await part('word/document.xml');
  if (documentXml === undefined) {
    throw refusal(
      'extract.docx-damaged',
      `${name} 里没有 Word 正文（缺少 word/document.xml），不是有效的 .docx 文件。请用 Word/WPS 打开后“另存为” .docx。`,
    );
  }
  const numbering = new Numbering(await part('word/numbering.xml'));
  const styles = readStyles(await part('word/styles.xml'));
  const footnotes = readNotes(await part('word/footnotes.xml'), 'w:footnote');
  const endnotes = readNotes(await part('word/endnotes.xml'), 'w:endnote');

  const lines: string[] = [];
  const removed: Removed[] = [];
  const headings: Heading[] = [];
  let offset = 0;
  let noteNumber = 0;
  /** The text of a paragraph (or a table cell's paragraphs), recording what it leaves out. */
  const paragraphText = (p: Element, at: number): string => {
    let text = numberText(p, styles, numbering);
    const walk = (el: Element) => {
      for (const c of [...el.children]) {
        switch (c.tagName) {
          case 'w:t':
            text += c.textContent ?? '';
            break;
          case 'w:tab':
            text += '\t';
            break;
          case 'w:br':
          case 'w:cr':
            text += '\n';
            break;
          case 'w:noBreakHyphen':
            text += '-';
            break;
          case 'w:footnoteReference':
          case 'w:endnoteReference': {
            noteNumber++;
            const notes = c.tagName === 'w:footnoteReference' ? footnotes : endnotes;
            const note = notes.get(c.getAttribute('w:id') ?? '') ?? '';
            removed.push({ kind: 'footnote', text: `[${noteNumber}] ${note}`, at: at + text.length });
            break;
          }
          case 'w:drawing':
          case 'w:pict':
          case 'w:object':
            removed.push({ kind: 'image', text: '', at: at + text.length });
            break;
          case 'w:pPr':
          case 'w:rPr':
          case 'w:del':
          case 'w:instrText':
          case 'mc:Fallback':
            break; // properties, deleted revisions, field codes, and the duplicate of an alternate content
          default:
            walk(c);
        }
      }
    };
    walk(p);
    return text;
  };
  const addLine = (line: string) => {
    lines.push(line);
    offset += line.length + 1;
  };
  const block = (el: Element) => {
    for (const c of [...el.children]) {
      if (c.tagName === 'w:p') {
        const level = paragraphHeading(c, styles);
        if (level !== undefined) headings.push({ at: offset, level });
        addLine(paragraphText(c, offset));
      } else if (c.tagName === 'w:tbl') {
        for (const row of [...c.getElementsByTagName('w:tr')]) {
          const cells: string[] = [];
          for (const cell of [...row.children].filter((x) => x.tagName === 'w:tc')) {
            const at = offset + cells.reduce((n, s) => n + s.length + 1, 0);
            const paragraphs = [...cell.children].filter((x) => x.tagName === 'w:p');
            cells.push(paragraphs.map((p) => paragraphText(p, at)).join(' '));
          }
          addLine(cells.join('\t'));
        }
      } else if (c.tagName === 'w:sdt') block(child(c, 'w:sdtContent') ?? c);
    }
  };
  const body = parseXml(documentXml).getElementsByTagName('w:body')[0];
  if (body) block(body);
  return {
    format: 'docx',
    text: lines.join('\n'),
    removed,
    headings,
    metadata: readCore(await part('docProps/core.xml')),
  };
}

/** The number text Word shows before a paragraph (its own numbering, else its style's). */
function numberText(p: Element, styles: Map<string, Style>, numbering: Numbering): string {
  const pPr = child(p, 'w:pPr');
  const numPr = child(pPr, 'w:numPr');
  let numId = val(numPr, 'w:numId');
  let level = Number(val(numPr, 'w:ilvl') ?? Number.NaN);
  for (let id = val(pPr, 'w:pStyle'), seen = 0; id && seen < 10; id = styles.get(id)?.basedOn, seen++) {
    const style = styles.get(id);
    numId ??= style?.numId;
    if (Number.isNaN(level) && style?.level !== undefined) level = style.level;
  }
  if (!numId || numId === '0') return '';
  return numbering.next(numId, Number.isNaN(level) ? 0 : level);
}

function readStyles(xml: string | undefined): Map<string, Style> {
  const out = new Map<string, Style>();
  if (!xml) return out;
  for (const s of [...parseXml(xml).getElementsByTagName('w:style')]) {
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    const level = val(numPr, 'w:ilvl');
    out.set(s.getAttribute('w:styleId') ?? '', {
      numId: val(numPr, 'w:numId'),
      level: level === undefined ? undefined : Number(level),
      basedOn: val(s, 'w:basedOn'),
      heading: headingLevel(child(s, 'w:pPr'), val(s, 'w:name') ?? ''),
    });
  }
  return out;
}

/** Level of a heading by its outline level (0–8; 9 is body text) or its style's name (`heading 2`, `标题 2`, `Title`). */
function headingLevel(pPr: Element | undefined, name: string): number | undefined {
  const outline = val(pPr, 'w:outlineLvl');
  if (outline !== undefined) return Number(outline) < 9 ? Number(outline) + 1 : undefined;
  const m = /^(?:heading|标题)\s*(\d)$/i.exec(name);
  if (m) return Number(m[1]);
  return /^(?:title|标题)$/i.test(name) ? 0 : undefined;
}

/** The heading level of a paragraph: its own outline level, else its style's (or the style it is based on). */
function paragraphHeading(p: Element, styles: Map<string, Style>): number | undefined {
  const pPr = child(p, 'w:pPr');
  const own = headingLevel(pPr, '');
  if (own !== undefined) return own;
  for (let id = val(pPr, 'w:pStyle'), seen = 0; id && seen < 10; id = styles.get(id)?.basedOn, seen++) {
    const heading = styles.get(id)?.heading;
    if (heading !== undefined) return heading;
  }
  return undefined;
}

/** Footnote or endnote texts by id (the separators Word keeps among them have no text). */
function readNotes(xml: string | undefined, tag: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const n of [...parseXml(xml).getElementsByTagName(tag)]) {
    const text = [...n.getElementsByTagName('w:t')].map((t) => t.textContent ?? '').join('');
    out.set(n.getAttribute('w:id') ?? '', text.trim());
  }
  return out;
}

/** Title, author and dates from the package's core properties. */
function readCore(xml: string | undefined): ExtractedMetadata {
  const meta: ExtractedMetadata = { via: 'docx-properties' };
  if (!xml) return meta;
  const doc = parseXml(xml);
  const field = (tag: string) => doc.getElementsByTagName(tag)[0]?.textContent?.trim() || undefined;
  const fields = {
    title: field('dc:title'),
    author: field('dc:creator'),
    published: field('dcterms:created'),
    modified: field('dcterms:modified'),
    description: field('dc:description'),
  };
  for (const [k, v] of Object.entries(fields)) if (v) Object.assign(meta, { [k]: v });
  return meta;
}
