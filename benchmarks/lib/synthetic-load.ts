/**
 * Loads synthetic content into a running CMS through its REST API, as editors would: images, then documents
 * of every synthetic collection in both locales (synthetic-content.ts). Used by the build-scale and
 * publish-to-live benchmarks; larger scales copy what this loads (replicate.ts).
 */
import sharp from 'sharp'

import {
  syntheticCollections,
  syntheticDocument,
  type SyntheticCollection,
} from './synthetic-content.ts'

/** Parallel REST writes while loading (the CMS has 2 cores here; more only queues). */
const loadConcurrency = 4

interface Created {
  relationTo: SyntheticCollection
  value: number
}

/** Runs `worker` over 0..count-1 with `concurrency` calls in flight. */
async function pool(count: number, concurrency: number, worker: (i: number) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next
        next += 1
        await worker(i)
      }
    }),
  )
}

/** A JSON REST call that must succeed. @throws naming the call and the CMS's answer */
async function call(
  url: string,
  method: 'GET' | 'POST' | 'PATCH',
  auth: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok)
    throw new Error(`${method} ${url}: ${response.status} ${(await response.text()).slice(0, 300)}`)
  return response.json()
}

/** Uploads `count` distinct PNG images with alt text in both locales; @returns their ids */
export async function uploadImages(cmsUrl: string, auth: string, count: number): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < count; i += 1) {
    const png = await sharp({
      create: {
        width: 1200,
        height: 800,
        channels: 3,
        background: { r: 30 + i * 40, g: 80, b: 140 },
      },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: `Image d’essai ${i + 1}` }))
    form.append(
      'file',
      new Blob([new Uint8Array(png)], { type: 'image/png' }),
      `essai-${i + 1}.png`,
    )
    const response = await fetch(`${cmsUrl}/api/media?locale=fr`, {
      method: 'POST',
      headers: { Authorization: auth },
      body: form,
    })
    if (!response.ok) throw new Error(`image upload: ${response.status} ${await response.text()}`)
    const { doc } = (await response.json()) as { doc: { id: number } }
    await call(`${cmsUrl}/api/media/${doc.id}?locale=en`, 'PATCH', auth, {
      alt: `Test image ${i + 1}`,
    })
    ids.push(doc.id)
  }
  return ids
}

/**
 * Creates `count` synthetic documents through REST as an editor would (French, then the English of each), spread
 * over the synthetic collections, each linking to an earlier one and showing one of `images`: every document is
 * validated by the CMS. Site builds follow as after any editor's change.
 * @param auth an `Authorization` header value of a signed-in editor or admin
 * @returns the ids created, by collection (the templates larger scales copy: replicate.ts)
 * @throws naming the first call the CMS refused
 */
export async function loadThroughRest(
  cmsUrl: string,
  auth: string,
  count: number,
  images: readonly number[],
): Promise<Map<SyntheticCollection, number[]>> {
  const created: Created[] = []
  const byCollection = new Map<SyntheticCollection, number[]>()
  await pool(count, loadConcurrency, async (offset) => {
    const n = offset + 1
    const collection = syntheticCollections[n % syntheticCollections.length] ?? 'pages'
    const linkTo = created.length > 0 ? (created[(n * 7919) % created.length] ?? null) : null
    const image = images[n % images.length] ?? null
    const fr = (await call(`${cmsUrl}/api/${collection}?locale=fr`, 'POST', auth, {
      ...syntheticDocument(collection, 'fr', n, linkTo, image),
    })) as { doc: { id: number } }
    await call(
      `${cmsUrl}/api/${collection}/${fr.doc.id}?locale=en`,
      'PATCH',
      auth,
      syntheticDocument(collection, 'en', n, linkTo, image),
    )
    created.push({ relationTo: collection, value: fr.doc.id })
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), fr.doc.id])
  })
  return byCollection
}
