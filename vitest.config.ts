import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

/** The unit and fixture tests; `npm run mutation` runs them without the fixture builds (`vitest.mutation.config.ts`). */
export const UNIT_TESTS = ['tests/unit/**/*.test.ts'];
/** Tests that spawn `astro build`: they take most of the unit time and cannot see Stryker's mutants. */
export const BUILD_TESTS = ['tests/unit/build-fixtures.test.ts'];

/**
 * Unit tests run through Astro's own Vite set-up, as Starlight's do: `astro:content`, `import.meta.env.BASE_URL`
 * and the `~/` alias resolve as in a build, and tests mock `astro:content` with entries parsed by the real
 * schemas (`tests/unit/harness/content.ts`).
 */
export default getViteConfig({
  test: {
    include: UNIT_TESTS,
    exclude: configDefaults.exclude,
    testTimeout: 120_000,
  },
});
