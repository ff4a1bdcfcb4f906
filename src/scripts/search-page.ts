/**
 * The search page (/search/?q=流动党员&role=problem&theme=…&article=…&year=…).
 *
 * Reads the query and filters from the URL into the form, loads Pagefind
 * (`/pagefind/pagefind.js`, on first use), runs `runSearch` from
 * search-rank.ts (the same code the tests measure) and renders the ranked
 * results into `ol#search-results`; the status line `#search-status` gives the
 * count or says why there is nothing. Every change of the query or a filter
 * rewrites the URL (history.replaceState) so it can be shared.
 *
 * Works without `Intl.Segmenter`: queries are split into single characters
 * here, so Pagefind's segmentation (or its lack) changes nothing.
 */
import { uiSearch as t } from '../lib/ui-search.ts';
import { excerptParts, fill, runSearch, type Hit, type PagefindApi, type SearchFilters, type SearchOutcome } from './search-rank.ts';

/** URL parameters that are filters; the index has filters of the same names. */
const FILTERS = ['role', 'theme', 'article', 'year'];
/** Results whose data (one small fragment each) is loaded and shown. */
const LIMIT = 100;
const PAGEFIND = '/pagefind/pagefind.js';

const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('search-q') as HTMLInputElement | null;
const list = document.getElementById('search-results') as HTMLOListElement | null;
const status = document.getElementById('search-status');

const selectFor = (name: string) => form?.querySelector<HTMLSelectElement>(`select[name="${name}"]`) ?? null;

let pagefind: Promise<PagefindApi> | null = null;

function loadPagefind(): Promise<PagefindApi> {
  if (!pagefind) {
    pagefind = import(/* @vite-ignore */ PAGEFIND).then(async (pf) => {
      // No web worker: the index is small and the worker would be one more 43 KB download.
      const instance = pf.createInstance({ noWorker: true });
      await instance.init();
      return instance as PagefindApi;
    });
    pagefind.catch(() => (pagefind = null));
  }
  return pagefind;
}

interface State {
  q: string;
  filters: SearchFilters;
}

function fromUrl(): State {
  const params = new URLSearchParams(location.search);
  const filters: SearchFilters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

function toForm(state: State): void {
  if (input) input.value = state.q;
  for (const name of FILTERS) {
    const select = selectFor(name);
    if (select) select.value = state.filters[name] ?? '';
  }
}

function fromForm(): State {
  const filters: SearchFilters = {};
  for (const name of FILTERS) {
    const value = selectFor(name)?.value;
    if (value) filters[name] = value;
  }
  return { q: (input?.value ?? '').trim(), filters };
}

function toUrl(state: State): void {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTERS) if (state.filters[name]) params.set(name, state.filters[name]);
  const search = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** `<li><a href>title</a> 问题 · article title <p>excerpt</p></li>`: the role is written out, never colour only. */
function resultItem(hit: Hit, q: string): HTMLLIElement {
  const li = element('li', 'search-hit');
  li.dataset.kind = hit.meta.kind ?? '';
  const link = element('a', 'search-hit-title', hit.title);
  link.href = hit.url;
  const role = hit.meta.role;
  const label = element('span', `role-label${role ? ` role-${role}` : ''}`, hit.meta.label ?? '');
  li.append(link, ' ', label);
  if (hit.meta.article) li.append(' · ', element('span', 'search-hit-article', hit.meta.article));
  const excerpt = element('p', 'search-hit-excerpt');
  for (const part of excerptParts(hit.content, q)) {
    excerpt.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  }
  li.append(excerpt);
  return li;
}

function statusText(outcome: SearchOutcome, state: State): string {
  const { hits, total, exact } = outcome;
  if (!total) return state.q ? fill(t['search.none'], { q: state.q }) : t['search.none.filtered'];
  if (!exact) return fill(t['search.loose'], { q: state.q, n: total });
  if (total > hits.length) return fill(t['search.count.truncated'], { n: total, shown: hits.length });
  return fill(t['search.count'], { n: total });
}

let latest = 0;

async function run(): Promise<void> {
  if (!list || !status) return;
  const state = fromForm();
  toUrl(state);
  const mine = ++latest;
  if (!state.q && !Object.keys(state.filters).length) {
    list.replaceChildren();
    status.textContent = t['search.empty'];
    return;
  }
  status.textContent = t['search.loading'];
  list.setAttribute('aria-busy', 'true');
  try {
    const outcome = await runSearch(await loadPagefind(), state.q, state.filters, LIMIT);
    if (mine !== latest) return;
    list.replaceChildren(...outcome.hits.map((hit) => resultItem(hit, state.q)));
    status.textContent = statusText(outcome, state);
  } catch (error) {
    if (mine !== latest) return;
    console.error(error);
    list.replaceChildren();
    status.textContent = t['search.error'];
  } finally {
    if (mine === latest) list.removeAttribute('aria-busy');
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;

if (form && input && list && status) {
  toForm(fromUrl());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void run();
  });
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 300);
  };
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) later(); // not while pinyin is still being typed
  });
  input.addEventListener('compositionend', later);
  void run();
}
