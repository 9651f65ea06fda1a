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
  // Types are checked once, by `npm run typecheck` (tsc over the whole repository, part of `npm test`). Next would
  // check that same program again, bench/ and scripts/ included, so `npm start` could refuse to build the page
  // over a type error in a benchmark.
  typescript: { tsconfigPath: 'tsconfig.json', ignoreBuildErrors: true },
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
