/**
 * The colour tokens of styles/tokens.css meet WCAG 2.2's contrast minimums in the light and the dark scheme:
 * body text 7:1 (1.4.6, AAA), other text 4.5:1 (1.4.3, AA), controls' borders and focus indicators 3:1 (1.4.11).
 * Contrast ratio and relative luminance as WCAG 2.2 defines them (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8')

/** The `--color-*` values declared in the first `:root { … }` after `from` in tokens.css. */
function colours(from: string): Record<string, string> {
  const start = css.indexOf(from)
  const block = css.slice(
    css.indexOf(':root {', start),
    css.indexOf('}', css.indexOf(':root {', start)),
  )
  return Object.fromEntries(
    [...block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  ) as Record<string, string>
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  )
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function ratio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** [foreground, background, minimum ratio] of every pair the stylesheets put together. */
const pairs: Array<[string, string, number]> = [
  ['text', 'bg', 7],
  ['text', 'surface', 7],
  ['text', 'urgent-bg', 7],
  ['text-muted', 'bg', 4.5],
  ['text-muted', 'surface', 4.5],
  ['link', 'bg', 4.5],
  ['link', 'surface', 4.5],
  ['link-hover', 'bg', 4.5],
  ['on-brand', 'brand', 4.5],
  ['on-brand-muted', 'brand', 4.5],
  ['on-accent', 'accent', 4.5],
  ['on-accent', 'link-hover', 4.5],
  ['on-exit', 'exit', 4.5],
  ['error', 'bg', 4.5],
  ['error', 'surface', 4.5],
  ['success', 'bg', 3],
  ['focus-text', 'focus', 4.5],
  ['border', 'bg', 3],
  ['border', 'surface', 3],
  ['urgent-border', 'urgent-bg', 3],
  ['accent', 'bg', 3],
]

describe('colour tokens', () => {
  const light = colours(':root {')
  const dark = { ...light, ...colours('prefers-color-scheme: dark') }
  for (const [scheme, palette] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`meet WCAG contrast minimums in the ${scheme} scheme`, () => {
      const failing = pairs
        .map(([fg, bg, minimum]) => {
          const [a, b] = [palette[fg], palette[bg]]
          if (!a || !b) return `--color-${fg} or --color-${bg} is missing`
          const measured = ratio(a, b)
          return measured >= minimum
            ? null
            : `${fg} on ${bg}: ${measured.toFixed(2)}:1, below ${minimum}:1`
        })
        .filter((line) => line !== null)
      expect(failing).toEqual([])
    })
  }
})
