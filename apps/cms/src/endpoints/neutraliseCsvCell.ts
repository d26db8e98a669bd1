/**
 * Characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a cell as a formula, or that
 * some of them strip before doing so: `=`, `+`, `-`, `@`, tab (U+0009) and carriage return (U+000D).
 * Source: OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection).
 */
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r'])

/**
 * Makes a text cell safe to open in a spreadsheet: a cell that begins with a formula trigger gets a single
 * quote `'` in front, so the spreadsheet shows it as text instead of running it (OWASP "CSV Injection",
 * https://owasp.org/www-community/attacks/CSV_Injection). Separators, quotes and line breaks inside the cell
 * are the CSV writer's job, not this function's.
 *
 * A French phone number written `+33 …` therefore reads `'+33 …` in the file: the spreadsheet displays it
 * without the quote, and the price of one visible quote in a raw text editor is worth a formula never running.
 *
 * @param value the text a person typed, unchanged otherwise
 * @returns the same text, prefixed with `'` when it begins with `=`, `+`, `-`, `@`, tab or carriage return
 */
export function neutraliseCsvCell(value: string): string {
  const first = value.charAt(0)
  return formulaTriggers.has(first) ? `'${value}` : value
}
