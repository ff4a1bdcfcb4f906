// Starlight route middleware (astro.config.mjs `routeMiddleware`): trims every page's head and escapes its title
// (src/lib/head.ts).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withEscapedTitle, withoutRepeatedMeta } from './lib/head.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.head = withEscapedTitle(withoutRepeatedMeta(route.head));
});
