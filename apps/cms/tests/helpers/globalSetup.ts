import { createTestDatabase } from '@mist/platform'
import type { TestProject } from 'vitest/node'

/**
 * Creates the run's own database (dropped at the end) on DATABASE_URL's server or an embedded one.
 * A failure here is handed to the tests, which then fail with its message: vitest 5 exits 0 when a global
 * setup throws before any test has run, which would hide a suite that never ran.
 */
export default async function setup(project: TestProject) {
  try {
    const database = await createTestDatabase()
    project.provide('testDatabase', { url: database.url })
    return () => database.drop()
  } catch (error) {
    project.provide('testDatabase', {
      error: error instanceof Error ? error.message : String(error),
    })
    return undefined
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { url: string } | { error: string }
  }
}
