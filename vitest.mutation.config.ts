import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';
import { BUILD_TESTS, UNIT_TESTS } from './vitest.config';

/** The unit tests Stryker runs against each mutant: all but the fixture builds. */
export default getViteConfig({
  test: {
    include: UNIT_TESTS,
    exclude: [...configDefaults.exclude, ...BUILD_TESTS],
    testTimeout: 30_000,
  },
});
