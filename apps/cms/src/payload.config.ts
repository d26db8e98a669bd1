import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defaultLocale, locales } from '@mist/schema'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AuditEntries } from './collections/AuditEntries.ts'
import { FormSubmissions } from './collections/FormSubmissions.ts'
import { Hearings } from './collections/Hearings.ts'
import { Media } from './collections/Media/index.ts'
import { uploadOptions } from './collections/Media/uploadLimits.ts'
import { Pages } from './collections/Pages.ts'
import { PartnerNetworks } from './collections/PartnerNetworks.ts'
import { Publications } from './collections/Publications.ts'
import { SiteBuildRequests } from './collections/SiteBuildRequests.ts'
import { SiteBuilds } from './collections/SiteBuilds.ts'
import { Trainings } from './collections/Trainings.ts'
import { Users, usersSlug } from './collections/Users/index.ts'
import { emailAdapterFor } from './email/emailAdapter.ts'
import { appointmentRequestEndpoint } from './endpoints/appointmentRequest.ts'
import { healthEndpoint } from './endpoints/health.ts'
import { formsPreflightEndpoint } from './endpoints/intake/intakeCors.ts'
import { membershipRequestEndpoint } from './endpoints/membershipRequest.ts'
import { quoteRequestEndpoint } from './endpoints/quoteRequest.ts'
import { rebuildSiteEndpoint } from './endpoints/rebuildSite.ts'
import { env, siteOrigin } from './env.ts'
import { richTextEditor } from './fields/richTextEditor.ts'
import { Navigation } from './globals/Navigation.ts'
import { Safety } from './globals/Safety.ts'
import { SiteSettings } from './globals/SiteSettings.ts'
import { UrgentContacts } from './globals/UrgentContacts.ts'
import { answerDatabaseOutage } from './hooks/answerDatabaseOutage.ts'
import { answerMalformedQuery } from './hooks/answerMalformedQuery.ts'
import { onInit } from './hooks/onInit.ts'
import { frenchOverrides } from './i18n/adminTranslations.ts'
import { jobs } from './jobs/index.ts'
import { migrations } from './migrations/index.ts'
import { storagePlugin } from './plugins/storage.ts'
import { redirects } from './plugins/redirects.ts'
import { seo } from './plugins/seo.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.CMS_URL,
  admin: {
    user: usersSlug,
    // Payload's default avatar is fetched from Gravatar: a third party, and unreachable offline.
    avatar: 'default',
    // Generated files are regenerated on purpose and committed; a test checks the types are current.
    importMap: { baseDir: dirname, autoGenerate: false },
    meta: { titleSuffix: ' · Mist' },
    components: { beforeDashboard: ['/components/SitePanel.tsx#SitePanel'] },
  },
  // French unless an editor picks English in their account (src/proxy.ts ignores the browser's language).
  i18n: {
    supportedLanguages: { fr, en },
    fallbackLanguage: 'fr',
    translations: { fr: frenchOverrides },
  },
  localization: {
    locales: locales.map((code) => ({ code, label: code === 'fr' ? 'Français' : 'English' })),
    defaultLocale,
    // Off: an untranslated field must read as empty, never as the French text (translation rule, ADR 001).
    fallback: false,
  },
  collections: [
    Pages,
    Publications,
    Hearings,
    PartnerNetworks,
    Trainings,
    FormSubmissions,
    AuditEntries,
    Media,
    Users,
    SiteBuilds,
    SiteBuildRequests,
  ],
  globals: [SiteSettings, Navigation, UrgentContacts, Safety],
  jobs,
  endpoints: [
    quoteRequestEndpoint,
    membershipRequestEndpoint,
    appointmentRequestEndpoint,
    formsPreflightEndpoint,
    healthEndpoint,
    rebuildSiteEndpoint,
  ],
  // Nothing uses GraphQL; it would be a second way in to keep secure.
  graphQL: { disable: true },
  editor: richTextEditor,
  // Image sizes and the re-encoded originals of uploaded images.
  sharp,
  upload: uploadOptions(env.MEDIA_MAX_MB),
  plugins: [seo(), redirects(), storagePlugin(env)],
  email: emailAdapterFor(env),
  db: postgresAdapter({
    // Fail fast while PostgreSQL is down or restarting: a request waits at most 5 s for a connection, then is
    // answered 503 (hooks/answerDatabaseOutage.ts) instead of hanging (docs/decisions/018-database-outages.md).
    pool: { connectionString: env.DATABASE_URL, connectionTimeoutMillis: 5000 },
    // Schema changes go through committed migrations only (docs/decisions/004-migrations.md).
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  // Payload compares origins as exact strings: pass origins, not URLs that may end with '/'.
  cors: [siteOrigin],
  // Session cookies count only from the CMS's own pages. The public site never signs in (its form posts omit
  // credentials), so listing it here would only let any script on it act as a signed-in editor.
  csrf: [new URL(env.CMS_URL).origin],
  telemetry: false,
  // Refused and unknown requests are routine on a public API: log them briefly, without stack traces.
  loggingLevels: {
    Forbidden: 'info',
    NotFound: 'info',
    AuthenticationError: 'info',
    ValidationError: 'info',
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  hooks: { afterError: [answerDatabaseOutage, answerMalformedQuery] },
  onInit,
})
