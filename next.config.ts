import type { NextConfig } from 'next';

/**
 * The web client is a static export (docs/adr/0001-one-server-static-web-client.md): our Node server serves
 * `out/` beside the API and the WebSocket, so there is one process and no Next.js server at run time.
 */
const nextConfig: NextConfig = {
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  typescript: { tsconfigPath: 'tsconfig.json' },
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
