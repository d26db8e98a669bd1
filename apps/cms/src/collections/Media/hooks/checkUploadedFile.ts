import { fileTypeFromBuffer, fileTypeFromFile, type FileTypeResult } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { say } from '../../../utilities/say.ts'
import { fileTooLargeError } from '../uploadLimits.ts'

type UploadedFile = NonNullable<PayloadRequest['file']>

async function detectType(file: UploadedFile): Promise<FileTypeResult | undefined> {
  if (file.data.length > 0) return fileTypeFromBuffer(file.data)
  if (file.tempFilePath) return fileTypeFromFile(file.tempFilePath)
  return undefined
}

/**
 * Judges an uploaded file by its bytes, never by the name or type the client declares: it must be one of the
 * collection's `mimeTypes` as `file-type` reads its signature, and within `upload.limits.fileSize`.
 * Payload 3.90.1 reads the bytes too (uploads/checkFileRestrictions.js) and refuses a renamed SVG, but with a
 * technical English message, applies the size limit to REST uploads only, and keeps the declared type of a
 * file that is not an image, so a real PDF sent as `application/octet-stream` (as some browsers and scripts
 * do) is refused. Here the detected type and its extension replace the declared ones: a stored file is always
 * named and typed for what it is.
 * @throws ValidationError on `file` (400) naming the allowed types or the size limit
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  // The REST multipart parser stops at this limit already; the Local API accepts any buffer.
  const maxBytes = req.payload.config.upload.limits?.fileSize
  if (maxBytes !== undefined && file.size > maxBytes)
    throw fileTooLargeError(maxBytes, collection.slug)
  const allowed = collection.upload.mimeTypes ?? []
  const detected = await detectType(file)
  if (!detected || !allowed.includes(detected.mime)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'file',
          message: say(
            req,
            'Ce fichier n’est ni une image JPEG, PNG, WebP, AVIF ou GIF, ni un PDF. Les SVG sont refusés : ils peuvent contenir du code.',
            'This file is neither a JPEG, PNG, WebP, AVIF or GIF image nor a PDF. SVG files are refused: they can contain code.',
          ),
        },
      ],
    })
  }
  file.mimetype = detected.mime
  const base = file.name.includes('.') ? file.name.slice(0, file.name.lastIndexOf('.')) : file.name
  file.name = `${base || 'fichier'}.${detected.ext}`
  return args
}
