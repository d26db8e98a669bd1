import { ValidationError, type Config } from 'payload'

/** MEDIA_MAX_MB counts megabytes of 1,048,576 bytes. */
export const bytesPerMegabyte = 1024 * 1024

/** Room in a multipart request for the form fields and boundaries around the file itself. */
const multipartOverheadBytes = bytesPerMegabyte

/** The refusal of a file over the limit, on the `file` field, in both languages (the request's is not known yet). */
export function fileTooLargeError(maxBytes: number, collection?: string): ValidationError {
  const megabytes = Math.round(maxBytes / bytesPerMegabyte)
  return new ValidationError({
    collection,
    errors: [
      {
        path: 'file',
        message: `Fichier trop lourd : ${megabytes} Mo au maximum. · File too large: ${megabytes} MB at most.`,
      },
    ],
  })
}

/**
 * Payload's multipart options (buildConfig `upload`) for a limit of `maxMegabytes`. Over the limit, Payload's
 * own answer is a 413 "File size limit has been reached" that names neither the field nor the limit, so the
 * limit handler throws the same field error as the Local API check (hooks/checkUploadedFile.ts) instead; the
 * upload stops at the limit, so an oversized file is never held in memory whole.
 */
export function uploadOptions(maxMegabytes: number): NonNullable<Config['upload']> {
  const maxBytes = maxMegabytes * bytesPerMegabyte
  return {
    limits: { fileSize: maxBytes },
    // Payload's default (50 MB for the whole request) would refuse files the limit allows, with a vaguer message.
    requestSizeLimit: maxBytes + multipartOverheadBytes,
    limitHandler: () => {
      throw fileTooLargeError(maxBytes)
    },
  }
}
