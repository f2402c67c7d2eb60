import { defineConfig } from 'vitest/config';

// Browser journeys, run by scripts/e2e.ts against a server it started (E2E_BASE_URL).
// One file at a time: the journeys share the demo organisation and the machine has two cores.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.ts'],
    pool: 'forks',
    fileParallelism: false,
    // Long journeys also run axe-core on every page they picture (support.ts): two minutes on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
