import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Real viewers (LibreOffice, Chromium): `npm run test:viewers`, never in `npm test`.
    exclude: [...configDefaults.exclude, 'test/viewers/**'],
    testTimeout: 60_000,
  },
});
