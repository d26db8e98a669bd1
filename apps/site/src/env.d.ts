/// <reference types="astro/client" />

import type { CmsCredentials } from './lib/cms.ts'

declare global {
  namespace App {
    interface Locals {
      /** Set by the preview server's middleware (src/preview/middleware.ts) once the CMS accepted the session. */
      previewCredentials?: CmsCredentials
    }
  }
}
