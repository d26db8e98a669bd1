import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The shared schemas are TypeScript sources in the workspace.
  transpilePackages: ['@mist/schema', '@mist/platform'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
