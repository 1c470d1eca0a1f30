import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@contract': resolve(import.meta.dirname, 'src-main/contract/index.ts'),
      '@renderer': resolve(import.meta.dirname, 'src-renderer/src'),
    },
  },
  test: {
    include: ['src-main/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    // The process runs in UTC, as most servers do: a home's day must come from its own zone, never the computer's.
    env: { SIPANTI_QUIET_LOG: '1', TZ: 'UTC' },
    setupFiles: ['tests/helpers/fixed-clock.ts'],
  },
});
