/**
 * The SQL name Payload's PostgreSQL adapter gives a collection slug or a field name (`form-submissions` →
 * `form_submissions`, `trainingOther` → `training_other`), as @payloadcms/drizzle's schema and migrations
 * name tables and columns: for the few statements Mist writes in SQL against Payload's tables.
 */
export function sqlName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase()
}
