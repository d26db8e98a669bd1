/**
 * Creates an admin account with the Local API: `node --import tsx scripts/create-admin.ts --email <address>`.
 * The password comes from ADMIN_PASSWORD, or is asked twice (not echoed) when run in a terminal; 12 characters or
 * more (ANSSI and NIST SP 800-63B both favour length over composition rules). Needs DATABASE_URL and
 * PAYLOAD_SECRET; migrates the database first, so it works before the CMS's first start.
 * Exits 1 with a message naming the problem: a missing or malformed email, a short password, an existing account.
 */
import { parseArgs } from 'node:util'

import password from '@inquirer/password'
import { getPayload } from 'payload'
import { z } from 'zod'

import config from '../src/payload.config.ts'
import { usersSlug } from '../src/collections/Users/index.ts'

const minimumPasswordLength = 12

function fail(message: string): never {
  console.error(`cms:create-admin: ${message}`)
  process.exit(1)
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  if (!process.stdin.isTTY) {
    return fail('set ADMIN_PASSWORD, or run the command in a terminal to type the password')
  }
  const first = await password({ message: 'Mot de passe / Password', mask: true })
  const again = await password({ message: 'Encore une fois / Again', mask: true })
  return first === again ? first : fail('the two passwords differ')
}

const { values } = parseArgs({ options: { email: { type: 'string' } } })
const email = z.email().safeParse(values.email)
if (!email.success) fail('--email <address> is required and must be an email address')
const secret = await readPassword()
if (secret.length < minimumPasswordLength) {
  fail(`the password must have ${minimumPasswordLength} characters or more`)
}

// No onInit: seeding and the site builder belong to the CMS server, and the schema may not exist yet.
const payload = await getPayload({ config, disableOnInit: true })
try {
  await payload.db.migrate()
  const address = email.data
  const existing = await payload.count({
    collection: usersSlug,
    where: { email: { equals: address } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) fail(`an account with ${address} already exists`)
  await payload.create({
    collection: usersSlug,
    data: { email: address, password: secret, role: 'admin' },
    overrideAccess: true,
  })
  console.log(`Admin created: ${address}. Sign in at ${payload.config.serverURL}/admin`)
} finally {
  await payload.destroy()
}
process.exit(0)
