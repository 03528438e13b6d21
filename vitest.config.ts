import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Hooks that render a report or run the CLI take as long as a test on a busy 2-core machine.
    hookTimeout: 60_000,
  },
});
