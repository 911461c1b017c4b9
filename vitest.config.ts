// Unit tests live beside the code they test (lib/**, components/**) and in test/unit.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
