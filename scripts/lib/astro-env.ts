/**
 * The process environment `astro build` and `astro dev` run in: no telemetry (the site is built on intranets),
 * and no inherited `BASE_URL` (vitest sets one, so can a shell): Astro lets it override the config's `base`, and
 * Starlight's navigation, site title and icon would then link outside a site served under a sub-path.
 */
export function prepareAstroEnv(): void {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  delete process.env.BASE_URL;
}
