import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: browser- and server-backed suites fight for CPU when run all at once.
    maxWorkers: 2,
  },
});
