/** The site's base path: every internal link goes through `withBase`, so a site under `/kb/` keeps it. */
import { describe, expect, it } from 'vitest';
import { basePathOf, withBase, withoutBase } from '../src/lib/site-path.ts';

describe('basePathOf', () => {
  it('is / without a URL or for a root URL', () => {
    expect(basePathOf(undefined)).toBe('/');
    expect(basePathOf('https://example.org/')).toBe('/');
    expect(basePathOf('http://192.168.1.20:8080')).toBe('/');
  });

  it('is the URL’s path, always ending in /', () => {
    expect(basePathOf('https://example.org/kb/')).toBe('/kb/');
    expect(basePathOf('https://example.org/kb')).toBe('/kb/');
    expect(basePathOf('https://example.org/dept/kb//')).toBe('/dept/kb/');
  });

  it('is percent-encoded as browsers request it (a Chinese folder name)', () => {
    expect(basePathOf('https://example.org/党建/')).toBe('/%E5%85%9A%E5%BB%BA/');
  });
});

describe('withBase', () => {
  it('leaves paths unchanged under / (the default build is what it was)', () => {
    expect(withBase('/', '/')).toBe('/');
    expect(withBase('/articles/csdj8-1/#csdj8-1-problem-2', '/')).toBe('/articles/csdj8-1/#csdj8-1-problem-2');
  });

  it('puts pages, files, queries and fragments under the base', () => {
    expect(withBase('/', '/kb/')).toBe('/kb/');
    expect(withBase('/articles/csdj8-1/', '/kb/')).toBe('/kb/articles/csdj8-1/');
    expect(withBase('/search/?article=csdj8-1', '/kb/')).toBe('/kb/search/?article=csdj8-1');
    expect(withBase('/guide/links/#cites', '/kb/')).toBe('/kb/guide/links/#cites');
    expect(withBase('/pagefind/pagefind.js', '/dept/kb/')).toBe('/dept/kb/pagefind/pagefind.js');
  });

  it('refuses a path not written from the site’s root (it would resolve against the page it is on)', () => {
    expect(() => withBase('articles/csdj8-1/', '/kb/')).toThrow('站内路径应以 / 开头：articles/csdj8-1/');
  });
});

describe('withoutBase', () => {
  it('gives back the path from the site’s root', () => {
    expect(withoutBase('/kb/articles/csdj8-1/', '/kb/')).toBe('/articles/csdj8-1/');
    expect(withoutBase('/kb/', '/kb/')).toBe('/');
    expect(withoutBase('/articles/csdj8-1/', '/')).toBe('/articles/csdj8-1/');
  });

  it('leaves a path outside the base as it is', () => {
    expect(withoutBase('/kbx/articles/', '/kb/')).toBe('/kbx/articles/');
  });
});
