import type { TextField } from 'payload'

/** Only absolute http(s) addresses: anything else (javascript:, data:) would be a hazard on the public site. */
export function validateHttpUrl(value: string | null | undefined): true | string {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // falls through to the message below
  }
  return 'URL: an address starting with https:// (or http://).'
}

/** An optional link to the original text elsewhere (an institution's website). */
export function externalUrlField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'externalUrl',
    type: 'text',
    label: { fr: 'Lien vers le texte original', en: 'Link to the original text' },
    admin: {
      description: {
        fr: 'Adresse complète commençant par https://. Laissez vide si vous ne l’avez pas.',
        en: 'Full address starting with https://. Leave empty if you do not have it.',
      },
    },
    validate: validateHttpUrl,
    ...overrides,
  } as TextField
}
