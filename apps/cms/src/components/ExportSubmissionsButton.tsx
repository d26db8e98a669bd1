'use client'
/**
 * Above the list of requests received: downloads the list as it is filtered, searched and sorted on screen,
 * as a CSV file for a spreadsheet (GET /api/form-submissions/export.csv, which logs the export).
 */
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import React from 'react'

const texts = {
  fr: {
    button: 'Exporter la liste filtrée (CSV)',
    note: 'Le fichier contient des données personnelles : ne le gardez que le temps nécessaire. L’export est enregistré dans le journal d’accès.',
  },
  en: {
    button: 'Export the filtered list (CSV)',
    note: 'The file holds personal data: keep it only as long as needed. The export is recorded in the access log.',
  },
}

/** The list's own query parameters, passed on so the file matches what the editor sees. */
const forwardedParameter = (key: string) =>
  key === 'search' || key === 'sort' || key.startsWith('where')

export function ExportSubmissionsButton(): React.ReactElement {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const searchParams = useSearchParams()
  const t = i18n.language === 'en' ? texts.en : texts.fr
  const query = new URLSearchParams()
  for (const [key, value] of searchParams.entries())
    if (forwardedParameter(key)) query.append(key, value)
  const queryString = query.toString()
  const href = `${config.routes.api}/form-submissions/export.csv${queryString ? `?${queryString}` : ''}`
  return (
    <div style={{ marginBottom: '1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={href} download>
        {t.button}
      </a>
      <p style={{ margin: '0.5rem 0 0', color: 'var(--theme-elevation-600)' }}>{t.note}</p>
    </div>
  )
}
