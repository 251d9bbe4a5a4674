import os from 'node:os';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A static export: the portal is plain files that any static server or CDN can host.
  output: 'export',
  // Every page is a folder with index.html, so a plain static server resolves /x/ without rewrites.
  trailingSlash: true,
  // No image optimisation server exists in a static export.
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // One page-rendering worker per core. Next's default leaves one core to its main process, which
    // waits while the pages render: on 2 cores, half the machine sat idle for most of the build.
    cpus: os.availableParallelism(),
    // Lets app/global-not-found.tsx own the whole 404 document, so it is valid HTML with its own <html lang>.
    globalNotFound: true,
  },
};

export default nextConfig;
