// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// The site is served from intranets without internet access: nothing is fetched from outside it.
export default defineConfig({
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
