/**
 * The simplified view of a text in traditional characters: OpenCC's Taiwan → mainland conversion, of
 * exactly the text's length, so that an offset in the view is the same offset in the text (rules and
 * segmentation match simplified patterns on the view; the site keeps the source's own characters).
 * Where converting the whole text would change its length (二噁英 → 二𫫇英), each character is converted
 * alone, and kept as it is when that changes its length. `isTraditional` tells which texts need a view:
 * more than 3 % of the Han characters of their first 20,000 characters change. `viewed`, `viewedPart` and
 * `revised` give `simplifiedView`'s view from a known one: sliced at clause boundaries (a clause ends after
 * punctuation or space that no dictionary entry holds), or converted again only in the clauses an edit
 * touches. Every answer equals the simple version in tests/reference/chinese-script-simple.ts; the caches
 * (caches.ts) change only how soon it comes. Speed: docs/performance.md.
 */
export { isTraditional } from './detect.ts';
export { simplifiedView, type Viewed, viewed, viewedPart } from './view.ts';
export { revised } from './revise.ts';

// For the tests: the two halves of `isTraditional`, and emptying the caches.
export { surelySimplified, traditionalShare } from './detect.ts';
export { resetCaches } from './caches.ts';
