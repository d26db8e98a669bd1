'use client'
/**
 * The admin's "Site" panel (above the dashboard): when the public site was last updated, whether a build runs,
 * how many published changes wait, the last error in plain words, and a "Rebuild now" button.
 */
import { useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

interface Status {
  building: boolean
  pendingChanges: number
  lastSuccessAt: string | null
  lastError: string | null
  lastBuild: { finishedAt: string | null } | null
  siteUrl?: string
}

const texts = {
  fr: {
    title: 'Site public',
    lastSuccess: 'Dernière mise à jour réussie\u00a0: ',
    never: 'jamais',
    building: 'Mise à jour en cours…',
    pending: (n: number) =>
      n === 0
        ? 'Aucune modification en attente.'
        : `${n} modification(s) en attente de publication.`,
    error: (when: string) =>
      `La mise à jour du ${when} a échoué ; le site public garde la version précédente. Détail :`,
    view: 'Voir le site public',
    rebuild: 'Mettre à jour maintenant',
    queued: 'Demande envoyée.',
  },
  en: {
    title: 'Public site',
    lastSuccess: 'Last successful update: ',
    never: 'never',
    building: 'Update in progress…',
    pending: (n: number) =>
      n === 0 ? 'No change waiting.' : `${n} change(s) waiting to be published.`,
    error: (when: string) =>
      `The update of ${when} failed; the public site keeps the previous version. Detail:`,
    view: 'View the public site',
    rebuild: 'Rebuild now',
    queued: 'Request sent.',
  },
}

export function SitePanel(): React.ReactElement {
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? texts.en : texts.fr
  const [status, setStatus] = useState<Status | null>(null)
  const [queued, setQueued] = useState(false)

  const refresh = useCallback(async () => {
    const response = await fetch('/api/health', { credentials: 'include' })
    if (response.ok) setStatus(((await response.json()) as { site: Status }).site)
  }, [])

  useEffect(() => {
    void refresh()
    const timer = setInterval(() => void refresh(), 3000)
    return () => clearInterval(timer)
  }, [refresh])

  const rebuild = async () => {
    const response = await fetch('/api/site-build/rebuild', {
      method: 'POST',
      credentials: 'include',
    })
    setQueued(response.ok)
    setTimeout(() => setQueued(false), 5000)
    void refresh()
  }

  const format = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'fr-FR')
  const when = status?.lastSuccessAt ? format(status.lastSuccessAt) : t.never
  const failedAt = status?.lastBuild?.finishedAt ? format(status.lastBuild.finishedAt) : ''
  return (
    <section
      aria-labelledby="site-panel-title"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        padding: '1rem',
        marginBottom: '1.5rem',
      }}
    >
      <h2 id="site-panel-title" style={{ marginTop: 0 }}>
        {t.title}
      </h2>
      <p>
        {t.lastSuccess}
        <strong>{when}</strong>
      </p>
      {status?.building && <p>{t.building}</p>}
      {status && <p>{t.pending(status.pendingChanges)}</p>}
      {status?.lastError && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {t.error(failedAt)} {status.lastError}
        </p>
      )}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => void rebuild()}
      >
        {t.rebuild}
      </button>
      {queued && <span style={{ marginLeft: '0.75rem' }}>{t.queued}</span>}
      {status?.siteUrl && (
        <a
          href={`${status.siteUrl}/fr/`}
          target="_blank"
          rel="noopener noreferrer"
          style={{ marginLeft: '1rem' }}
        >
          {t.view}
        </a>
      )}
    </section>
  )
}
