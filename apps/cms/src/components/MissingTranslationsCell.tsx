'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, SelectFieldClient } from 'payload'

const languageNames: Record<string, { fr: string; en: string }> = {
  fr: { fr: 'français', en: 'French' },
  en: { fr: 'anglais', en: 'English' },
}

/**
 * List cell of `missingTranslations`: "À traduire : anglais" in a warning colour, or "✓ Complet" when every
 * language has a title, so an empty cell never leaves an editor guessing. Text, not colour alone, carries the
 * meaning (WCAG 1.4.1).
 */
export function MissingTranslationsCell({
  cellData,
}: DefaultCellComponentProps<SelectFieldClient & { hasMany: true }>) {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const missing = Array.isArray(cellData) ? cellData : []
  if (missing.length === 0) return <span>{lang === 'fr' ? '✓ Complet' : '✓ Complete'}</span>
  const names = missing.map((code) => languageNames[code]?.[lang] ?? code).join(', ')
  return (
    <span style={{ color: 'var(--theme-warning-750)', fontWeight: 600 }}>
      {lang === 'fr' ? `À traduire : ${names}` : `To translate: ${names}`}
    </span>
  )
}
