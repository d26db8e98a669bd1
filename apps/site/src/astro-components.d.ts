/**
 * `.astro` components imported from TypeScript: the components' tests render them with Astro's container API
 * (`experimental_AstroContainer`). Astro types them in its own tooling only, so plain `tsc` needs this.
 */
declare module '*.astro' {
  import type { experimental_AstroContainer } from 'astro/container'

  const component: Parameters<experimental_AstroContainer['renderToString']>[0]
  export default component
}
