import { ValidationError, type Config } from 'payload'

/** MEDIA_MAX_MB counts megabytes of 1,048,576 bytes. */
export const bytesPerMegabyte = 1024 * 1024

/** Room in a multipart request for the form fields and boundaries around the file itself. */
const multipartOverheadBytes = bytesPerMegabyte

/**
 * The refusal of a file over the limit, naming the `file` field and the limit in both languages: Payload
 * sends it before it knows the editor's language.
 */
export function fileTooLargeMessage(maxBytes: number): string {
  const megabytes = Math.round(maxBytes / bytesPerMegabyte)
  return `Fichier trop lourd (file) : ${megabytes} Mo au maximum. · File too large (file): ${megabytes} MB at most.`
}

/** The same refusal as a field error, for uploads that do not go through the multipart parser (Local API). */
export function fileTooLargeError(maxBytes: number, collection: string): ValidationError {
  return new ValidationError({
    collection,
    errors: [{ path: 'file', message: fileTooLargeMessage(maxBytes) }],
  })
}

/**
 * Payload's multipart options (buildConfig `upload`) for a limit of `maxMegabytes`: the upload stops at the
 * limit (an oversized file is never held in memory whole) and the answer is a 413 with our message instead of
 * Payload's "File size limit has been reached", which names neither the field nor the limit. Only data here:
 * Payload hands this object to the admin's client components, which refuse functions (so no `limitHandler`).
 */
export function uploadOptions(maxMegabytes: number): NonNullable<Config['upload']> {
  const maxBytes = maxMegabytes * bytesPerMegabyte
  return {
    limits: { fileSize: maxBytes },
    abortOnLimit: true,
    responseOnLimit: fileTooLargeMessage(maxBytes),
    // Payload's default (50 MB for the whole request) would refuse files the limit allows, with a vaguer message.
    requestSizeLimit: maxBytes + multipartOverheadBytes,
  }
}
