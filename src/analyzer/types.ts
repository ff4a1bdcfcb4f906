/**
 * The corpus model: every type the analyzer produces, in one place.
 *
 * Offsets are UTF-16 code-unit offsets (what `String.prototype.slice` takes).
 * "Source" offsets index the decoded source text (after a UTF-8 BOM, if any,
 * is dropped); "clean" offsets index an article's cleaned text.
 */

/** A half-open range `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Text encodings a source may be in. */
export type Encoding = 'utf-8' | 'gb18030';

/** Result of decoding a source file's bytes. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Whether a UTF-8 byte-order mark was present (and dropped). */
  bom: boolean;
}

/** A problem found in the input, worded for the people who edit it (Chinese). */
export interface Diagnostic {
  /** Stable machine code, e.g. `decode.binary`. */
  code: string;
  /** What is wrong and what to do, in Simplified Chinese. */
  message: string;
  /** 1-based line in the source file, when known. */
  line?: number;
}

/**
 * One automatic change to the text, recorded so it can be shown and undone.
 * `start`/`end` locate the changed text in the source; `at` locates it in the
 * text as it stood when the change was made (used to undo changes in reverse).
 */
export interface Edit {
  /** Rule that made the change, e.g. `furniture.copyright`, `artifact.closing-quote`, `correction`. */
  rule: string;
  start: number;
  end: number;
  at: number;
  before: string;
  after: string;
  /** Why, for corrections taken from a data file (its note). */
  note?: string;
}

/** A correction a person wrote down for OCR misreadings no rule can fix safely. */
export interface Correction {
  find: string;
  replace: string;
  note?: string;
  /** Only in this piece of the source (`篇七` → 7); everywhere in the source when absent. */
  piece?: number;
}

/** Roles a section of an article can play. */
export type Role =
  | 'context'
  | 'problem'
  | 'cause'
  | 'countermeasure'
  | 'conclusion'
  | 'abstract'
  | 'references'
  | 'other';

/** Roles an enumerated item can have. */
export type ItemRole = 'problem' | 'cause' | 'countermeasure';

/** Families of outline markers (how a heading is numbered). */
export type MarkerFamily =
  | 'cn-numeral' // 一、 一, 一.
  | 'cn-paren' // （一） (一) 〔一〕
  | 'arabic' // 1. 1、 1．
  | 'arabic-paren' // （1） (1)
  | 'circled' // ①
  | 'decimal' // 1 (a chapter line of a journal article, before its 1.1)
  | 'decimal-sub' // 1.1 1.2
  | 'inline' // 一是 二要 首先 其次 第一, (texts mix them within one list)
  | 'labelled' // 问题一: 整改措施:
  | 'bullet' // - • ● ▲ ◆ opening a line, numbered 1, 2, 3… within a list
  | 'parallel' // paragraphs opening alike (把好…关，), numbered 1, 2, 3… within a run
  | 'semicolon'; // points of one sentence after a lead-in (主要是A；B；C), numbered 1, 2, 3…

/** A heading marker found in the text. */
export interface Marker {
  family: MarkerFamily;
  /** 1-based ordinal; 0 for markers without one (`整改措施:`). */
  ordinal: number;
  /** The marker as written, e.g. `（一）`. */
  text: string;
  /** Clean-text offsets of the marker. */
  start: number;
  end: number;
  /** For `labelled` markers: the label word (`问题`, `整改措施`). */
  label?: string;
}

/** Why a role was given. */
export interface RoleEvidence {
  /**
   * `heading`: a word in the node's own heading; `inherited`: from an ancestor; `default`;
   * `inferred`: no heading names the role, the item's own wording reads as it (a deficiency, an action, a cause).
   */
  source: 'heading' | 'inherited' | 'default' | 'position' | 'inferred';
  /** The word that fired, when `source` is `heading`. */
  cue?: string;
  /** When `inferred`: the words of the item's title that read as its role. */
  words?: string[];
  /**
   * When `inferred`: how sure — the count of those words less the count for the next best role; 0 when two
   * roles tie and the word closing the title (the last of `words`) decides.
   */
  margin?: number;
  /** When `inferred` with a tie (margin 0): `list` where the other points of its list, all read as this role, settled it. */
  settledBy?: 'list';
}

/** A section of an article's outline. */
export interface OutlineNode {
  /** Anchor id, e.g. `csdj8-2-s1-3`. */
  id: string;
  marker: Marker | null;
  level: number;
  /** The heading phrase, in the source's own characters (without the marker). */
  heading: string;
  /** Clean-text span of the heading phrase. */
  headingSpan: Span;
  /** Clean-text span of the whole section, heading included. */
  span: Span;
  role: Role;
  roleEvidence: RoleEvidence;
  children: OutlineNode[];
}

/** An inline point inside an item (`一是…`, `二要…`). */
export interface SubPoint {
  marker: string;
  text: string;
  span: Span;
}

/** A problem, cause or countermeasure at the level where the author enumerates it. */
export interface Item {
  /** Stable, readable id: `<article slug>-<problem|cause|measure>-<ordinal>`. */
  id: string;
  role: ItemRole;
  /** 1-based ordinal among the article's items of this role. */
  ordinal: number;
  title: string;
  /** Full text: heading and body, in the source's own characters. */
  text: string;
  subpoints: SubPoint[];
  /** Headings from the article's top level down to this item. */
  path: string[];
  /** Id of the outline node this item is; `abstract` (`ABSTRACT_NODE`) for one the abstract lists. */
  node: string;
  /** Clean-text span. */
  span: Span;
  /** Source-text span. */
  source: Span;
  /** Page of the source file where the item starts (PDF sources only). */
  page?: number;
  /** Ids of items the text pairs this one with explicitly (篇四's 问题N → 整改措施). */
  pairedWith: string[];
  roleEvidence: RoleEvidence;
  /** Codebook themes this item is tagged with, strongest first; empty means 未归类. */
  themes: ThemeTag[];
  /** The analyzer's own role and themes, kept when content/overrides.yaml corrects the item (for agreement figures). */
  automatic?: { role: ItemRole; themes: string[] };
}

/** One codebook term found in an item: the evidence for a theme. */
export interface TermHit {
  term: string;
  weight: number;
  /** Clean-text offsets (in the article's `text`) where the term occurs. */
  at: number[];
  /** Whether it occurs in the item's title (counts more). */
  inTitle: boolean;
}

/** A theme given to an item, with its score and why. */
export interface ThemeTag {
  theme: string;
  score: number;
  evidence: TermHit[];
  /** `auto`: from the codebook; `override`: set by a person in content/overrides.yaml. */
  source: 'auto' | 'override';
}

/** A theme of the codebook (content/codebook.yaml). */
export interface Theme {
  /** Readable ASCII slug, e.g. `funding-venues`. */
  id: string;
  name: string;
  group?: string;
  /** One paragraph a human coder could apply. */
  definition: string;
  terms: { term: string; weight: number }[];
  /** Phrases in which a term does not count (e.g. `社会组织` for the term `组织`). */
  exclude: string[];
}

/** Kinds of link between items, strongest evidence first. */
export type LinkKind = 'explicit' | 'lexical' | 'thematic';

/**
 * A countermeasure answering a problem (`problem → countermeasure`), or a cause
 * explaining a problem (`cause → problem`), within one article.
 */
export interface Link {
  from: string;
  to: string;
  kind: LinkKind;
  /** 0..1; explicit links score 1. */
  score: number;
  /** Why: the quoted phrase, the shared terms, or the shared themes. */
  evidence: string[];
  source: 'auto' | 'override';
}

/** An item the links leave alone: a problem nobody answers, a countermeasure answering no stated problem. */
export interface Gap {
  item: string;
  kind: 'unanswered-problem' | 'unmatched-countermeasure' | 'unlinked-cause';
}

/**
 * A passage that two articles share (copied text): a stretch of the later
 * article `b`, credited to the earlier article `a` that shares the longest
 * run there (each stretch of `b` once, whoever else has it too).
 */
export interface SharedPassage {
  /** The earlier article (in input order). */
  a: { article: string; span: Span };
  /** The later article. */
  b: { article: string; span: Span };
  /** The passage as it reads in article `a`. */
  text: string;
}

/** A metadata value and where it came from. */
export interface Field<T = string> {
  value: T;
  /** Clean-text span the value was read from (empty when derived, see `via`). */
  span: Span;
  /** How the value was obtained when not read literally, e.g. `issn-lookup`. */
  via?: string;
}

/** Bibliographic metadata of one article. A field the article lacks is absent. */
export interface ArticleMetadata {
  title?: Field;
  authors?: Field<string[]>;
  affiliations?: Field<string[]>;
  journal?: Field;
  journalEnglish?: Field;
  year?: Field<number>;
  volume?: Field;
  issue?: Field;
  pages?: Field<{ first: number; last: number }>;
  issn?: Field;
  clc?: Field<string[]>;
  documentCode?: Field;
  articleNumber?: Field;
  keywords?: Field<string[]>;
  abstract?: Field;
  fund?: Field;
  received?: Field;
  authorBio?: Field;
  language?: Field;
  editor?: Field;
  column?: Field;
  references?: Field<string[]>;
  relatedLiterature?: Field<string[]>;
}

/** Metadata of the page the source was scraped from (its furniture). */
export interface SourceMetadata {
  /** Title of the compilation the articles were published under. */
  compilationTitle?: string;
  /** Site section, e.g. `工作总结`. */
  section?: string;
  /** Date and time the page gives, as written (`2023-07-15 18:00:06`). */
  published?: string;
  /** Site name from its copyright line. */
  site?: string;
  /** Site's "related hot words". */
  hotWords?: string[];
  /** Address the file was retrieved from (from `<name>.meta.yaml`; the text does not say). */
  url?: string;
  /** Date it was retrieved, `YYYY-MM-DD` (from `<name>.meta.yaml`). */
  retrieved?: string;
  /** Where `url` came from when the sidecar did not give it: the saved page's own markup. */
  urlVia?: 'html-meta';
}

/** A file format the build reads. */
export type SourceFormat = 'txt' | 'docx' | 'doc' | 'pdf' | 'html' | 'mhtml';

/** Something extraction left out of a Word, PDF or web-page source, and where it was. */
export interface Removed {
  /** What it was: `navigation`, `running-header`, `page-number`, `footnote`, `footnote-marker`, `image`… */
  kind: string;
  text: string;
  /** Offset in the extracted text where it stood (the text continues there without it). */
  at: number;
  /** Page of the PDF it was on. */
  page?: number;
}

/** A paragraph the file itself marks as a heading (a Word heading style, an HTML `h1`–`h6`). */
export interface Heading {
  /** Offset in the extracted text where its line starts. */
  at: number;
  /** 0 for a document title, 1 for a first-level heading… */
  level: number;
}

/** What the file itself says about the text, outside the text (Word properties, page `<meta>` tags). */
export interface ExtractedMetadata {
  /** Where these fields were read. */
  via: 'docx-properties' | 'html-meta' | 'pdf-info';
  title?: string;
  author?: string;
  /** Publication or creation time as the file gives it. */
  published?: string;
  modified?: string;
  /** Site or WeChat public-account name. */
  site?: string;
  description?: string;
  /** Address of the page (`<link rel=canonical>`, `og:url` or the browser's `saved from url=`). */
  url?: string;
}

/**
 * How the text of a non-text source was obtained. The pipeline's text is the
 * extracted text: undoing the recorded edits gives it back exactly; what
 * extraction left out is listed in `removed`.
 */
export interface SourceExtraction {
  format: Exclude<SourceFormat, 'txt'>;
  removed: Removed[];
  /** What the file says about itself, when it says anything (a .doc file is read for its text only). */
  metadata?: ExtractedMetadata;
  /** Offset in the extracted text where each page starts (PDF). */
  pages?: number[];
  /** Headings as the file marks them (Word styles, HTML tags), for the outline to consult. */
  headings?: Heading[];
}

/** One article of a source. */
export interface Article {
  /** Stable slug, e.g. `csdj8-2`. */
  slug: string;
  /** 1-based position in its source. */
  piece: number;
  /** The piece label as written (`篇二`), if the source numbers its pieces. */
  label?: string;
  /** Title shown in the source's listing (after `篇二:`). */
  listingTitle?: string;
  /** Source-text span of the whole article (marker line included). */
  source: Span;
  /** Source-text span of the `篇二:…` marker line, if the source numbers its pieces. */
  marker?: Span;
  /** Cleaned text of the article, in the source's own characters. */
  text: string;
  /** Clean-text span of the body (between front matter and back matter). */
  body: Span;
  metadata: ArticleMetadata;
  /** True when the source holds only the abstract (篇一). */
  abstractOnly: boolean;
  outline: OutlineNode[];
  items: Item[];
  edits: Edit[];
  warnings: Diagnostic[];
}

/** One analyzed source file. */
export interface Source {
  /** Path as given to the analyzer (relative, `/`-separated). */
  path: string;
  slug: string;
  encoding: Encoding;
  bom: boolean;
  /** True when analysis ran on a simplified-character view of a traditional text. */
  traditional: boolean;
  /** Length of the decoded (or extracted) text. */
  length: number;
  /** File format; `txt` when absent (analyses cached before formats were read). */
  format?: SourceFormat;
  /** How the text was extracted from a Word, PDF or web-page file. */
  extraction?: SourceExtraction;
  metadata: SourceMetadata;
  /** Changes made outside articles (page header, trailer). */
  edits: Edit[];
  /** Text outside articles that no rule recognised (kept, never dropped). */
  unassigned: { span: Span; text: string }[];
  articles: Article[];
  warnings: Diagnostic[];
}

/** Links between a problem theme (row) and a countermeasure theme (column). */
export interface MatrixCell {
  row: string;
  column: string;
  /** Indexes into `Corpus.links`. */
  links: number[];
}

/**
 * Problems × countermeasures by theme, across all articles. A link counts in
 * every (problem theme, countermeasure theme) cell of its two items; items
 * without a theme count under `unclassified`.
 */
export interface ThemeMatrix {
  rows: string[];
  columns: string[];
  cells: MatrixCell[];
}

/** One article's problems × countermeasures, with link scores (0 = no link). */
export interface ArticleMatrix {
  article: string;
  problems: string[];
  countermeasures: string[];
  /** `scores[i][j]`: link from problems[i] to countermeasures[j]. */
  scores: number[][];
}

/** How often a theme is raised, per role. */
export interface ThemeFrequency {
  theme: string;
  articles: number;
  problem: number;
  cause: number;
  countermeasure: number;
}

/** A keyword and its TF-IDF weight. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** The whole analyzed collection: what `corpus.json` holds. */
export interface Corpus {
  /** Version of this model's shape; bumped on breaking changes. */
  schemaVersion: 1;
  sources: Source[];
  /** Sources that could not be read, with why. */
  failures: { path: string; diagnostics: Diagnostic[] }[];
  /** The codebook the items were tagged with. */
  themes: Theme[];
  /** Problem → countermeasure and cause → problem links, article by article. */
  links: Link[];
  gaps: Gap[];
  matrix: ThemeMatrix;
  articleMatrices: ArticleMatrix[];
  themeFrequency: ThemeFrequency[];
  keywords: { articles: Record<string, WeightedTerm[]>; themes: Record<string, WeightedTerm[]> };
  sharedPassages: SharedPassage[];
}
