import { vi } from 'vitest';

/**
 * Imports a module as the site built under `base` would run it: `import.meta.env.BASE_URL` is stubbed and the
 * module graph reloaded, since `src/lib/urls.ts` reads the base once when it loads.
 */
export async function importWithBase<T>(base: string, load: () => Promise<T>): Promise<T> {
  vi.stubEnv('BASE_URL', base);
  vi.resetModules();
  try {
    return await load();
  } finally {
    vi.unstubAllEnvs();
  }
}
