/**
 * French typography for texts typed with plain spaces: the space before `:` `;` `!` `?` `»` and after `«`
 * becomes a no-break space, so a line never starts with a colon or a closing guillemet (Lexique des règles
 * typographiques en usage à l'Imprimerie nationale). Other locales' texts are returned unchanged.
 */
export function typeset(text: string, locale: string): string {
  if (locale !== 'fr') return text
  return text.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0')
}
