import type { PayloadRequest } from 'payload'

/** A message in the admin's language: English when the editor's interface is in English, French otherwise. */
export const say = (req: Partial<PayloadRequest> | undefined, fr: string, en: string): string =>
  req?.i18n?.language === 'en' ? en : fr
