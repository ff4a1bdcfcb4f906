import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import {
  type Codebook,
  codebookSchema,
  type Correction,
  type Diagnostic,
  type Furniture,
  furnitureSchema,
  type Overrides,
  overridesSchema,
  parseTermList,
  parseWordList,
  type Rules,
  rulesSchema,
  type Term,
  fileEnding,
  SOURCE_FORMATS,
} from '../../src/analyzer/index.ts';
import { rereadSiteSettings, SITE_FILE } from '../../src/lib/site.ts';
import { DataFileError, parseYaml, readText, readYaml, readYamlWithLines } from './data-file.ts';
import { json, writeText } from './exports.ts';
import { SIDECAR } from './source-files.ts';

export { listSources, scanSources } from './source-files.ts';

export const CONTENT = 'content';
export const SOURCES = join(CONTENT, 'sources');

const correctionSchema = z.strictObject({
  find: z.string().min(1),
  replace: z.string(),
  note: z.string().optional(),
  piece: z.number().int().min(1).optional(),
});
const correctionsSchema = z.record(z.string(), z.array(correctionSchema));

const journalsSchema = z.array(
  z.strictObject({ name: z.string().min(1), issn: z.string().optional(), english: z.array(z.string()).optional() }),
);

const sourceMetaSchema = z.strictObject({
  /** Readable ASCII slug for URLs and item ids; keep it once published. */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '只能用小写英文字母、数字和中间的连字符，如 csdj8。' })
    .optional(),
  /** Where the file was retrieved from (the source text itself does not say). */
  url: webUrl().optional(),
  /** When it was retrieved, `YYYY-MM-DD`. */
  retrieved: z.iso.date().optional(),
});

/** What a person wrote down beside a source file (`<name>.meta.yaml`). */
export type SourceSidecar = z.infer<typeof sourceMetaSchema>;

/** The sidecar of a source, or an empty one when there is none. */
export function sourceSidecar(path: string, exists: (file: string) => boolean = existsSync): SourceSidecar {
  const metaFile = sidecarPath(path);
  if (!exists(metaFile)) return {};
  const text = readText(metaFile);
  return plainSlugSidecar(text) ?? parseYaml(text, metaFile, sourceMetaSchema);
}

const NOT_PLAIN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;

/** A line `slug: <value>` whose value YAML reads as that very string and the schema accepts. */
const SLUG_LINE = /^slug: ([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/;

/**
 * The sidecar of the common form, comment lines and one `slug:` line, read
 * without the YAML parser and schema (most of the cost of a sidecar);
 * undefined for anything else, which the parser reads. A plain scalar of
 * lowercase letters, digits and inner hyphens starting with a letter is a
 * string in YAML 1.2 unless it is `true`, `false` or `null`.
 */
export function plainSlugSidecar(text: string): SourceSidecar | undefined {
  // YAML breaks lines at `\r` too, and rejects characters that are not printable.
  if (NOT_PLAIN.test(text)) return undefined;
  let slug: string | undefined;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = SLUG_LINE.exec(line);
    if (m === null || slug !== undefined || m[1] === 'true' || m[1] === 'false' || m[1] === 'null') return undefined;
    slug = m[1];
  }
  return slug === undefined ? undefined : { slug };
}

/** A file name as case- or normalization-insensitive file systems compare it (a wider match only asks more). */
const nameKey = (name: string): string => name.normalize('NFC').toLowerCase();

/**
 * `sourceSidecar` for many sources: each folder is listed once, and only a
 * name the listing holds is asked about (a file system call per source was
 * most of the cost when, as usual, there are no sidecars).
 */
export function sidecarReader(): (path: string) => SourceSidecar {
  const listings = new Map<string, Set<string> | null>();
  const listed = (file: string): boolean => {
    const folder = dirname(file);
    let names = listings.get(folder);
    if (names === undefined) {
      try {
        names = new Set(readdirSync(folder).map(nameKey));
      } catch {
        names = null;
      }
      listings.set(folder, names);
    }
    // An unlistable folder, or a listed name, is asked about as before (a dangling link is not there).
    return names === null || names.has(nameKey(basename(file))) ? existsSync(file) : false;
  };
  return (path) => sourceSidecar(path, listed);
}

/** A web address readers can open: http(s) only (`javascript:`, `ftp:` and the like are refused). */
function webUrl() {
  return z.url({ protocol: /^https?$/, error: '应为以 http:// 或 https:// 开头的完整网址。' });
}

const siteSchema = z.strictObject({
  /**
   * Public URL of the site; QR codes and absolute links only when set. Its path is where the site is served
   * (`https://host/kb/`: every page under /kb/, src/lib/site-path.ts); a query or fragment has no place there.
   */
  url: webUrl()
    .refine((url) => !URL.canParse(url) || (!new URL(url).search && !new URL(url).hash), {
      error: (issue) => {
        const url = new URL(String(issue.input));
        return `应为网站的地址，不带“?”或“#”及其后的部分（如 ${url.origin}${url.pathname}）。`;
      },
    })
    .nullish()
    .transform((v) => v ?? undefined),
  /** GB/T 7714 edition of the references; written as a number or a string. */
  citationEdition: z
    .preprocess((v) => (typeof v === 'number' ? String(v) : v), z.enum(['2025', '2015']))
    .default('2025'),
});

/** Site settings people edit (`content/site.yaml`). */
export type SiteSettings = z.infer<typeof siteSchema>;

/** Load and validate `content/site.yaml` (defaults when absent). */
export function loadSite(root = CONTENT): SiteSettings {
  const file = join(root, 'site.yaml');
  return existsSync(file)
    ? readYaml(
        file,
        siteSchema.nullable().transform((v) => v ?? siteSchema.parse({})),
      )
    : siteSchema.parse({});
}

/**
 * Validate `content/site.yaml` into `SITE_FILE`, which the Astro config and the pages read, and have this process
 * read it anew (its base path is remembered, src/lib/site.ts).
 */
export function writeSiteSettings(): void {
  writeText(SITE_FILE, json(loadSite()));
  rereadSiteSettings();
}

/** Everything in `content/` the analyzer needs besides the sources. */
export interface ContentData {
  rules: Rules;
  furniture: Furniture;
  corrections: Record<string, Correction[]>;
  journals: z.infer<typeof journalsSchema>;
  codebook: Codebook;
  overrides: Overrides;
  /** Line of a value in the overrides file, for messages. */
  overridesLine: (path: (string | number)[]) => number | undefined;
  overridesFile: string;
  terms: Term[];
  stopwords: string[];
  genreWords: string[];
}

/** Load and validate the data files; throws DataFileError naming the file and line. */
export function loadContent(root = CONTENT): ContentData {
  const rules = readYaml(join(root, 'rules.yaml'), rulesSchema);
  const furniture = readYaml(join(root, 'furniture.yaml'), furnitureSchema);
  const correctionsFile = join(root, 'corrections.yaml');
  const corrections = existsSync(correctionsFile)
    ? (readYaml(correctionsFile, correctionsSchema.nullable()) ?? {})
    : {};
  const journalsFile = join(root, 'journals.yaml');
  const journals = existsSync(journalsFile) ? (readYaml(journalsFile, journalsSchema.nullable()) ?? []) : [];
  const codebook = readYaml(join(root, 'codebook.yaml'), codebookSchema);
  const overridesFile = join(root, 'overrides.yaml');
  const overrides = existsSync(overridesFile)
    ? readYamlWithLines(
        overridesFile,
        overridesSchema.nullable().transform((v) => v ?? overridesSchema.parse({})),
      )
    : { value: overridesSchema.parse({}), lineOf: () => undefined };
  const dict = join(root, 'dict');
  const terms = checked(join(dict, 'party-terms.txt'), (text, file) => {
    const r = parseTermList(text, file);
    return { value: r.terms, diagnostics: r.diagnostics };
  });
  const words = (name: string) =>
    checked(join(dict, name), (text, file) => {
      const r = parseWordList(text, file);
      return { value: r.words, diagnostics: r.diagnostics };
    });
  return {
    rules,
    furniture,
    corrections,
    journals,
    codebook,
    overrides: overrides.value,
    overridesLine: overrides.lineOf,
    overridesFile: overridesFile.split(sep).join('/'),
    terms,
    stopwords: words('stopwords.txt'),
    genreWords: words('genre-words.txt'),
  };
}

/** Read a word list; its first problem (they name their line) stops the build. */
function checked<T>(file: string, parse: (text: string, file: string) => { value: T; diagnostics: Diagnostic[] }): T {
  const { value, diagnostics } = parse(readText(file), file.split(sep).join('/'));
  const first = diagnostics[0];
  // The parsers' messages already start with `file 第N行：`; the error names file and line itself.
  if (first) throw new DataFileError(file, first.line, first.message.replace(/^.*?第\d+行：/, ''));
  return value;
}

/** `<name>.meta.yaml` beside `<name>.txt` (or `.docx`, `.pdf`… any ending the build reads). */
export function sidecarPath(path: string): string {
  const ending = fileEnding(path);
  return `${SOURCE_FORMATS[ending] ? path.slice(0, -ending.length) : path}${SIDECAR}`;
}

/** A source's stable slug: from `<name>.meta.yaml` beside it, else from its file name. */
export function sourceSlug(path: string, sidecar = sourceSidecar(path)): string {
  return sidecar.slug ?? slugFromName(basename(path).replace(/\.[^.]+$/, ''));
}

/** `城市社区党建8篇` → `csdj8p`: pinyin initials of Han characters, ASCII letters and digits kept. */
export function slugFromName(name: string): string {
  const parts = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const slug = parts
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'source';
}

/** Corrections for one source, by its file name. */
export function correctionsFor(data: ContentData, path: string): Correction[] {
  return data.corrections[basename(path)] ?? [];
}

/** Read a source's bytes. */
export function readSource(path: string): Uint8Array {
  return readFileSync(path);
}

/** Path as kept in the corpus: relative to the working folder, `/`-separated. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split(sep).join('/') || path;
}
