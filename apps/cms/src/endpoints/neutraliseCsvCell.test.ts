import { describe, expect, it } from 'vitest'

import { neutraliseCsvCell } from './neutraliseCsvCell.ts'

describe('CSV cells opened in a spreadsheet (OWASP CSV Injection)', () => {
  it('shows a formula a person typed as text instead of running it', () => {
    expect(neutraliseCsvCell('=HYPERLINK("https://attacker.example","clic")')).toBe(
      `'=HYPERLINK("https://attacker.example","clic")`,
    )
    expect(neutraliseCsvCell('+1+1')).toBe("'+1+1")
    expect(neutraliseCsvCell('-2+3')).toBe("'-2+3")
    expect(neutraliseCsvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)")
  })

  it('also neutralises a leading tab or carriage return, which some spreadsheets strip before a formula', () => {
    expect(neutraliseCsvCell('\t=1+1')).toBe("'\t=1+1")
    expect(neutraliseCsvCell('\r=1+1')).toBe("'\r=1+1")
  })

  it('leaves ordinary text untouched, even with the same characters further in', () => {
    expect(neutraliseCsvCell('Camille Durand')).toBe('Camille Durand')
    expect(neutraliseCsvCell('andré@exemple.fr')).toBe('andré@exemple.fr')
    expect(neutraliseCsvCell('Formation = sensibilisation')).toBe('Formation = sensibilisation')
    expect(neutraliseCsvCell('')).toBe('')
  })
})
