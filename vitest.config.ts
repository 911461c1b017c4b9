// Unit tests live beside the code they test (lib/**, components/**) and in test/unit. The `@/`
// alias matches WXT's, so modules import the same way in the extension and under test.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
