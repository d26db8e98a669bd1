/// <reference types="vitest/config" />
// Astro's Vite setup, so that tests can render `.astro` components with Astro's container API.
import { getViteConfig } from 'astro/config'

export default getViteConfig({ test: { environment: 'node' } })
