import { DOMParser } from 'linkedom';

/** An element of a parsed XML part (linkedom's DOM; tag names keep their prefix, `w:p`). */
export type XmlElement = Element;

/** Parse one XML part of a package (Word's `document.xml`, `numbering.xml`…). */
export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
}

/** The direct children of `el` named `tag`. */
export function childrenNamed(el: Element, tag: string): Element[] {
  return [...el.children].filter((c) => c.tagName === tag);
}

/** The first direct child of `el` named `tag`. */
export function child(el: Element | undefined, tag: string): Element | undefined {
  return el ? [...el.children].find((c) => c.tagName === tag) : undefined;
}

/** `w:val` of the child named `tag` (Word's way of giving a property). */
export function val(el: Element | undefined, tag: string): string | undefined {
  return child(el, tag)?.getAttribute('w:val') ?? undefined;
}
