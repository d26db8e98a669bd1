import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.spec.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    // Starting the platform may build the CMS first (about a minute on 2 cores).
    hookTimeout: 600_000,
    testTimeout: 120_000,
  },
})
