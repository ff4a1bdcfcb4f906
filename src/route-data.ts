// Starlight route middleware (astro.config.mjs `routeMiddleware`): trims every page's head and escapes its title
// (src/lib/head.ts), and drops tables of contents with a single entry.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { runningHeader, withEscapedTitle, withoutRepeatedMeta } from './lib/head.ts';
import { siteBase } from './lib/site.ts';
import { withoutBase } from './lib/site-path.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.head = withEscapedTitle(withoutRepeatedMeta(route.head));
  const path = withoutBase(context.url.pathname, siteBase());
  if (/^\/(articles\/[^/]+|curricula\/[^/]+)\/$/.test(path)) route.head.push(runningHeader(route.entry.data.title));
  // A table of contents with one entry (only 概述) is a bar that leads nowhere on phones: left out.
  if (route.toc && countEntries(route.toc.items) <= 1) route.toc = undefined;
});

function countEntries(items: { children: unknown[] }[]): number {
  return items.reduce((n, item) => n + 1 + countEntries(item.children as { children: unknown[] }[]), 0);
}
