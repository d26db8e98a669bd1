import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { repoRoot } from './paths.ts'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/**
 * Runs .ci/audit with a stand-in `pnpm` that answers as the registry would (`output`, exit `status`) and records
 * the arguments it was given.
 */
function audit(
  output: string,
  status: number,
): { status: number | null; text: string; args: string } {
  const bin = mkdtempSync(path.join(tmpdir(), 'mist-audit-'))
  dirs.push(bin)
  const argsFile = path.join(bin, 'args')
  const fake = path.join(bin, 'pnpm')
  writeFileSync(
    fake,
    `#!/usr/bin/env bash\necho "$@" > ${JSON.stringify(argsFile)}\ncat <<'OUT'\n${output}\nOUT\nexit ${status}\n`,
  )
  chmodSync(fake, 0o755)
  const result = spawnSync('bash', [path.join(repoRoot, '.ci', 'audit')], {
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
    encoding: 'utf8',
  })
  return {
    status: result.status,
    text: `${result.stdout}${result.stderr}`,
    args: readFileSync(argsFile, 'utf8'),
  }
}

describe('the CI dependency audit (.ci/audit)', () => {
  it('audits production dependencies at high severity and passes when nothing is found', () => {
    const result = audit('No known vulnerabilities found', 0)
    expect(result.status).toBe(0)
    expect(result.args).toMatch(/^audit --prod --audit-level high/)
  })

  it('fails the run on a high advisory that is not on the allow-list', () => {
    const result = audit('│ high │ Prototype pollution in some-package │', 1)
    expect(result.status).toBe(1)
    expect(result.text).toContain('FATAL: dependency audit found high or critical advisories')
  })

  it('says loudly that the audit did not run when the registry does not answer, without failing', () => {
    const result = audit('Error: ERR_PNPM_AUDIT_BAD_RESPONSE … responded with 405', 1)
    expect(result.status).toBe(0)
    expect(result.text).toContain('dependency audit NOT RUN')
  })
})
