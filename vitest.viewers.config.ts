import { defineConfig } from 'vitest/config';

/** Real viewers: LibreOffice (recalculation) and Chromium (the page). `npm run test:viewers`. */
export default defineConfig({
  test: {
    include: ['test/viewers/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
