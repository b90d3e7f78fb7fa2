import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'scratch/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
