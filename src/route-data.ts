// Starlight route middleware (astro.config.mjs `routeMiddleware`): trims every page's head (src/lib/head.ts).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withoutRepeatedMeta } from './lib/head.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.head = withoutRepeatedMeta(route.head);
});
