/**
 * A web page's DOM as lines of text, the way a browser lays them out: each
 * block (paragraph, heading, list item, table row…) a line of its own, runs
 * of white space shown as one, table cells apart by a tab.
 */

/** One line of text and the block element it was laid out in. */
export interface Block {
  text: string;
  el: Element;
}

const BLOCK = new Set(
  'address article aside blockquote center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody thead tfoot tr ul'.split(
    ' ',
  ),
);
/** Elements whose content a reader never sees as text. */
const HIDDEN = new Set('script style noscript template head svg iframe object canvas select option'.split(' '));

export function blocks(root: Element): Block[] {
  const out: Block[] = [];
  let buffer = '';
  let owner: Element = root;
  const flush = () => {
    const text = buffer
      .replace(/[ \t\n\r\f]+/g, ' ')
      .replace(/ *\u0009 */g, '\t')
      .trim();
    if (text) out.push({ text, el: owner });
    buffer = '';
  };
  const visit = (node: Node, block: Element) => {
    if (node.nodeType === 3) {
      if (buffer === '') owner = block;
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (HIDDEN.has(tag) || el.hasAttribute('hidden')) return;
    if (tag === 'br') {
      flush();
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    if ((tag === 'td' || tag === 'th') && buffer.trim() !== '') buffer += '\u0009';
    for (const c of [...el.childNodes]) visit(c, isBlock ? el : block);
    if (isBlock) flush();
  };
  visit(root, root);
  flush();
  return out;
}
