import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Pages are MDX generated from the corpus by scripts/generate (articles/, themes/) plus a few written by hand.
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
