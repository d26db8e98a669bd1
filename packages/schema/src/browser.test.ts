import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

/** Modules (relative) and packages that `file` imports at run time (`import type` is erased). */
function runtimeImports(file: URL): string[] {
  const source = readFileSync(file, 'utf8')
  return [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)].map(
    (match) => match[1] ?? '',
  )
}

describe('the browser entry of @mist/schema', () => {
  it('reaches no module that imports zod, so form pages do not download it', () => {
    // Setup
    const seen = new Set<string>()
    const packages = new Set<string>()
    const visit = (file: URL) => {
      if (seen.has(file.href)) return
      seen.add(file.href)
      for (const specifier of runtimeImports(file)) {
        if (specifier.startsWith('.')) visit(new URL(specifier, file))
        else packages.add(specifier)
      }
    }

    // Action
    visit(new URL('./browser.ts', import.meta.url))

    // Assert
    expect(seen.size).toBeGreaterThan(2)
    expect([...packages]).toEqual([])
  })
})
