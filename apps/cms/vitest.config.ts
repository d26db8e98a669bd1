import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  resolve: { alias: { '@payload-config': path.resolve(dirname, 'src/payload.config.ts') } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/int/**/*.int.spec.ts'],
    globalSetup: ['tests/helpers/globalSetup.ts'],
    setupFiles: ['tests/helpers/failOnConsoleError.ts'],
    // One Payload instance and one database for the whole run.
    fileParallelism: false,
    hookTimeout: 90_000,
    testTimeout: 30_000,
  },
})
