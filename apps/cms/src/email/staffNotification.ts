import { formTypeLabels } from '../fields/submissionGroups.ts'
import type { FormSubmission } from '../payload-types.ts'

/** The notification's subject and plain-text body. */
export interface StaffNotification {
  subject: string
  text: string
}

/** The submission's page in the admin, e.g. `https://cms.example.org/admin/collections/form-submissions/12`. */
export function submissionAdminUrl(cmsUrl: string, id: number): string {
  return new URL(`/admin/collections/form-submissions/${id}`, cmsUrl).href
}

/**
 * What staff receive for a new request: which form, when (Paris time, where Mist works) and a link to it in
 * the admin, in French then English. Deliberately nothing the person sent (no name, address, phone, message):
 * email crosses servers Mist does not control and stays in mailboxes; the request itself is read in the admin,
 * behind sign-in and the access log.
 * @param doc the stored submission (only `id`, `formType` and `createdAt` are read)
 * @param cmsUrl the CMS's public origin (CMS_URL)
 */
export function staffNotification(
  doc: Pick<FormSubmission, 'id' | 'formType' | 'createdAt'>,
  cmsUrl: string,
): StaffNotification {
  const label = formTypeLabels[doc.formType]
  const at = new Date(doc.createdAt)
  const time = (locale: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    }).format(at)
  const link = submissionAdminUrl(cmsUrl, doc.id)
  return {
    subject: `Nouvelle demande reçue / New request received (n° ${doc.id})`,
    text: [
      `Une nouvelle demande est arrivée par le formulaire « ${label.fr} » le ${time('fr-FR')} (heure de Paris).`,
      `Pour la lire, connectez-vous à l’administration : ${link}`,
      '',
      `A new request arrived through the form “${label.en}” on ${time('en-GB')} (Paris time).`,
      `To read it, sign in to the admin: ${link}`,
      '',
    ].join('\n'),
  }
}
