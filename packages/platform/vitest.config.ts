import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    // Two tests run a real (failing) Astro build: a first, cold build on a busy 2-core machine takes seconds.
    testTimeout: 60_000,
  },
})
