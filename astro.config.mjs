// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  site: 'https://permanence.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  markdown: { processor: unified() },
  integrations: [mdx()],
});
