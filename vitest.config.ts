import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    globalSetup: ['src/server/test/global-setup.ts'],
    pool: 'forks',
    // Each file builds its own app on its own database copy, so files need no module isolation:
    // without it a worker imports the app's ~800 modules once instead of once per file (seconds each).
    isolate: false,
    // Two workers even on two cores: a file spends much of its time waiting on the database.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
