import { bootPayload, testCmsUrl } from './payload.ts'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/**
 * Calls the CMS's REST route handlers in-process, exactly as Next.js would for `/api/<path>`.
 * @param path e.g. `form-submissions?limit=5` or `forms/quote-request`
 * @param init.body JSON text, or `FormData` for a multipart upload (its boundary header is set by `Request`)
 */
export async function rest(
  method: Method,
  path: string,
  init: { headers?: Record<string, string>; body?: string | FormData } = {},
): Promise<Response> {
  await bootPayload()
  // The app's own route module, so the tests go through the same wrappers as Next.js requests.
  const handlers = await import('../../src/app/(payload)/api/[...slug]/route.ts')
  const url = new URL(`/api/${path}`, testCmsUrl)
  const request = new Request(url, { method, headers: init.headers, body: init.body })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

async function ensureUser(role: 'admin' | 'editor'): Promise<{ email: string; password: string }> {
  const { payload } = await bootPayload()
  const email = `${role}@tests.mist.invalid`
  const password = `pw-${role}-for-tests-only`
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  if (existing.totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email, password, role },
      overrideAccess: true,
    })
  }
  return { email, password }
}

/**
 * A staff account's `Authorization` header (accounts created on first use; the admin always first, since the
 * first account of an installation becomes an admin whatever role it asks for).
 */
export async function authHeader(role: 'admin' | 'editor'): Promise<Record<string, string>> {
  const { payload } = await bootPayload()
  await ensureUser('admin')
  const { email, password } = await ensureUser(role)
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`login failed for ${email}`)
  return { Authorization: `JWT ${token}` }
}
