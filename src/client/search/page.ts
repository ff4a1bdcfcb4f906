/**
 * The search page (/search/?q=流动党员&role=…&theme=…&article=…&year=…): the URL fills the form, `runSearch`
 * (run.ts) answers, the first `PAGE_SIZE` results go into `ol#search-results` and `#search-more` appends the
 * next ones; `#search-status` gives the count or says why there is none. Every change rewrites the URL
 * (history.replaceState) so a search can be shared. Pagefind is loaded on first use.
 */
import { withBase } from '../../lib/site-path.ts';
import { fillTemplate } from '../../lib/ui.ts';
import { uiSearch as t } from '../../lib/ui-search.ts';
import { excerptParts } from './excerpt.ts';
import { loadHits, type Hit } from './hits.ts';
import type { PagefindApi, SearchFilters } from './pagefind.ts';
import { queryWords } from './query.ts';
import { PAGE_SIZE, runSearch, type SearchOutcome } from './run.ts';
import { simplifyWith, VARIANTS_URL } from './variants.ts';

/** URL parameters that are filters; the index has filters of the same names. */
const FILTERS = ['role', 'theme', 'article', 'year'];
// Under the site's base path (src/lib/site-path.ts), which Vite writes into the bundle as a string.
const PAGEFIND = withBase('/pagefind/pagefind.js', import.meta.env.BASE_URL);

const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('search-q') as HTMLInputElement | null;
const list = document.getElementById('search-results') as HTMLOListElement | null;
const status = document.getElementById('search-status');
const more = document.getElementById('search-more') as HTMLButtonElement | null;

const selectFor = (name: string) => form?.querySelector<HTMLSelectElement>(`select[name="${name}"]`) ?? null;

let pagefind: Promise<PagefindApi> | null = null;

function loadPagefind(): Promise<PagefindApi> {
  if (!pagefind) {
    pagefind = import(/* @vite-ignore */ PAGEFIND).then(async (pf) => {
      // No web worker: the index is small and the worker would be one more 43 KB download. The records' URLs
      // carry the base path already (scripts/lib/search-index.ts): Pagefind must not add it a second time.
      const instance = pf.createInstance({ noWorker: true, baseUrl: '/' });
      await instance.init();
      return instance as PagefindApi;
    });
    pagefind.catch(() => (pagefind = null));
  }
  return pagefind;
}

let simplify: Promise<(word: string) => string> | null = null;

/** The query's converter to simplified characters; without its table (offline copy missing it), words as typed. */
function loadSimplify(): Promise<(word: string) => string> {
  simplify ??= fetch(withBase(VARIANTS_URL, import.meta.env.BASE_URL))
    .then((r) => (r.ok ? r.json() : {}))
    .then(simplifyWith, () => (w: string) => w);
  return simplify;
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
    if (!select) continue;
    const value = state.filters[name] ?? '';
    // A long collection lists no articles in the form; a link such as 在本文中搜索 still names one: keep it selectable.
    if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
    select.value = value;
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

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** A result's address with the words to mark on arrival (`?hl=`, read by the article page's script). */
function withHighlight(url: string, q: string): string {
  if (!q) return url;
  const [path, hash] = url.split('#');
  return `${path}?hl=${encodeURIComponent(q)}${hash ? `#${hash}` : ''}`;
}

/** `<li><a href>title</a> 问题 · article title <p>excerpt</p></li>`: the role is written out, never colour only. */
function resultItem(hit: Hit, q: string): HTMLLIElement {
  const li = element('li', 'search-hit');
  li.dataset.kind = hit.kind;
  const link = element('a', 'search-hit-title', hit.title);
  link.href = withHighlight(hit.url, q);
  const role = hit.role;
  const label = element('span', `role-label${role ? ` role-${role}` : ''}`, hit.label);
  li.append(link, ' ', label);
  if (hit.meta.article) li.append(' · ', element('span', 'search-hit-article', hit.meta.article));
  const excerpt = element('p', 'search-hit-excerpt');
  for (const part of excerptParts(hit.content, q)) {
    excerpt.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  }
  li.append(excerpt);
  return li;
}

function statusText(outcome: SearchOutcome, state: State, shown: number): string {
  const { total, exact } = outcome;
  if (!total) return state.q ? fillTemplate(t['search.none'], { q: state.q }) : t['search.none.filtered'];
  const count = exact
    ? fillTemplate(t['search.count'], { n: total })
    : fillTemplate(t['search.loose'], { q: state.q, n: total });
  const searched = outcome.words.join(' ');
  const note =
    state.q && searched !== queryWords(state.q).join(' ') ? fillTemplate(t['search.simplified'], { q: searched }) : '';
  return `${total > shown ? `${count}${fillTemplate(t['search.count.shown'], { shown })}` : count}${note}`;
}

let latest = 0;
/** The search whose results are on the page, and how many of them are shown. */
let current: { outcome: SearchOutcome; state: State; shown: number } | null = null;

/** Shows the "more" button (with how many the next page holds) when results remain. */
function updateMore(): void {
  if (!more) return;
  const left = current ? current.outcome.total - current.shown : 0;
  more.hidden = left <= 0;
  more.disabled = false;
  if (left > 0) more.textContent = fillTemplate(t['search.more'], { n: Math.min(PAGE_SIZE, left), left });
}

/** Loads the next page of the current search and appends it. */
async function showMore(): Promise<void> {
  if (!list || !status || !more || !current) return;
  const mine = latest;
  const page = current;
  more.disabled = true;
  try {
    const hits = await loadHits(page.outcome.ranked.slice(page.shown, page.shown + PAGE_SIZE));
    if (mine !== latest || page !== current) return;
    list.append(...hits.map((hit) => resultItem(hit, page.outcome.words.join(' '))));
    page.shown += hits.length;
    status.textContent = statusText(page.outcome, page.state, page.shown);
    updateMore();
    // Keyboard and screen-reader users continue at the first new result.
    list.children[page.shown - hits.length]?.querySelector('a')?.focus();
  } catch (error) {
    if (mine !== latest) return;
    console.error(error);
    status.textContent = t['search.error'];
    more.disabled = false;
  }
}

async function run(): Promise<void> {
  if (!list || !status) return;
  const state = fromForm();
  toUrl(state);
  const mine = ++latest;
  current = null;
  updateMore();
  if (!state.q && !Object.keys(state.filters).length) {
    list.replaceChildren();
    status.textContent = t['search.empty'];
    return;
  }
  status.textContent = t['search.loading'];
  list.setAttribute('aria-busy', 'true');
  try {
    const [pf, simplified] = await Promise.all([loadPagefind(), loadSimplify()]);
    const outcome = await runSearch(pf, state.q, state.filters, PAGE_SIZE, simplified);
    if (mine !== latest) return;
    list.replaceChildren(...outcome.hits.map((hit) => resultItem(hit, outcome.words.join(' '))));
    current = { outcome, state, shown: outcome.hits.length };
    status.textContent = statusText(outcome, state, current.shown);
    updateMore();
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
  more?.addEventListener('click', () => void showMore());
  void run();
}
