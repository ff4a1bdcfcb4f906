/** What we use of the Pagefind API (`createInstance()` in pagefind.js), typed. */

/** Filters as Pagefind takes them (`{ role: 'problem', year: '2020' }`); empty values are left out by callers. */
export type SearchFilters = Record<string, string>;

/** What we use of a record's data (`data()` in pagefind.js). */
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** What we use of a Pagefind result. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions of the matches in the record (record.ts: those below `TITLE_SPAN` are in its title). */
  words?: number[];
  data(): Promise<PagefindData>;
}

/** What we use of the Pagefind API. */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string | { any: string[] }> },
  ): Promise<{ results: PagefindResult[] } | null>;
}
