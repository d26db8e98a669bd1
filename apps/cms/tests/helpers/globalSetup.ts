import { createTestDatabase } from '@mist/platform'
import type { TestProject } from 'vitest/node'

/** Creates the run's own database (dropped at the end) on DATABASE_URL's server or an embedded one. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase()
  project.provide('testDatabaseUrl', database.url)
  return () => database.drop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseUrl: string
  }
}
