/**
 * The statements written in the code as MDX (`src/statements/<statement>.<locale>.mdx`): only these code-owned
 * pages are compiled as MDX; text that editors type never is. A statement has a page in a locale when its
 * file exists, so a new language shows no statement until someone writes (and checks) it.
 */
import type { Locale, Statement } from '@mist/schema'
import type { MDXInstance } from 'astro'

/** Loaded on demand: listing the files does not compile them (unit tests read the list without MDX). */
const files = import.meta.glob<MDXInstance<Record<string, never>>>('../statements/*.mdx')

const fileOf = (statement: Statement, locale: Locale) => `../statements/${statement}.${locale}.mdx`

/** True when `statement` is written in `locale`. */
export function hasStatement(statement: Statement, locale: Locale): boolean {
  return fileOf(statement, locale) in files
}

/**
 * The MDX component of a statement in a locale.
 * @throws when the file does not exist (check {@link hasStatement} first)
 */
export async function loadStatement(
  statement: Statement,
  locale: Locale,
): Promise<MDXInstance<Record<string, never>>['Content']> {
  const load = files[fileOf(statement, locale)]
  if (!load)
    throw new Error(`No ${statement} statement in ${locale}: ${fileOf(statement, locale)}.`)
  return (await load()).Content
}
