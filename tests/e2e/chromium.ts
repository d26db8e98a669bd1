/**
 * Debian's Chromium as the browser tests and `pnpm bench page-quality` run it (never a downloaded build):
 * its path (CHROMIUM_PATH, default /usr/bin/chromium) and the flags that keep it from sandboxing, using a GPU
 * or making background requests on these machines.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const chromiumFlags: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
