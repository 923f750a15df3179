/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests run through Astro's own Vite set-up, as Starlight's do: `astro:content`, `import.meta.env.BASE_URL`
 * and the `~/` alias resolve as in a build, and tests mock `astro:content` with entries parsed by the real
 * schemas (`tests/unit/harness/content.ts`). The fixture builds spawn `astro build` and take most of the time.
 */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
