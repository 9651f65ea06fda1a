import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The file, beside the static export's pages, that lists the hashes of their inline scripts (scripts/build.ts). */
export const CSP_MANIFEST = 'csp-hashes.json';

/** What the build records about the pages for their Content-Security-Policy. */
export interface CspManifest {
  /** `'sha256-…'` of every inline script of every page of the export. */
  scriptHashes: string[];
}

/**
 * The CSP sources of a page's inline scripts (`<script>` without `src`), hashed as the browser hashes them: the
 * exact text between the tags. Next.js writes its bootstrap and the React payload inline; they are fixed at build.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The manifest of an export directory, or undefined when the build did not write one. */
export function readCspManifest(staticDir: string): CspManifest | undefined {
  const file = path.join(staticDir, CSP_MANIFEST);
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<CspManifest>;
  if (!Array.isArray(manifest.scriptHashes) || !manifest.scriptHashes.every((hash) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(hash))) {
    throw new Error(`${file} is not a CSP manifest: rebuild the web client (npm run build)`);
  }
  return { scriptHashes: manifest.scriptHashes };
}

export interface PageCspOptions {
  scriptHashes: readonly string[];
  /** MAP_TILE_URL: images and fetches may reach its origin. */
  mapTileUrl?: string;
}

/**
 * The page's Content-Security-Policy. Scripts: our own files and the inline scripts of the export by hash, so an
 * injected script runs nowhere; the voice worklet is one of our files (script-src 'self'). Styles keep
 * 'unsafe-inline' (React style attributes; docs/security.md says why that is a small risk). Images and fetches:
 * ours, data:/blob: images, and the map tiles' origin. Nothing may frame the page.
 */
export function pageCsp({ scriptHashes, mapTileUrl }: PageCspOptions): string {
  const tiles = mapTileUrl ? [new URL(mapTileUrl).origin] : [];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...new Set(scriptHashes)]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...tiles]],
    ['connect-src', ["'self'", ...tiles]],
    ['media-src', ["'self'", 'blob:']],
    ['font-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
