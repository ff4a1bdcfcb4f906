// /search/variants.json: traditional → simplified characters the search page converts queries with.
import { loadCorpus } from '../../lib/corpus.ts';
import { searchVariants } from '../../lib/search-variants.ts';

export function GET(): Response {
  return new Response(JSON.stringify(searchVariants(loadCorpus())), {
    headers: { 'Content-Type': 'application/json' },
  });
}
