import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

// Pages are MDX generated from the corpus by scripts/generate (articles/, themes/) plus a few written by hand.
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Starlight's own strings where its Chinese reads as a developer's (the screen-reader label of heading links).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
