import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The shared schemas are TypeScript sources in the workspace.
  transpilePackages: ['@mist/schema', '@mist/platform'],
  poweredByHeader: false,
  experimental: {
    // Payload picks log levels by error class name (config `loggingLevels`); minified names ("N") would log
    // every refused request as an ERROR with its stack.
    serverMinification: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
