import fs from 'node:fs';
import path from 'node:path';

/**
 * The browser bundle's URL pattern: scripts/build-client.ts writes public/assets/site-<content hash>.js,
 * so a changed script gets a new URL and a cached old one can never run against new markup (and the
 * server may cache /assets/ for good). scripts/strip-runtime.ts recognises our script by it.
 */
export const SITE_SCRIPT_PATTERN = /^\/assets\/site-[A-Z0-9]+\.js$/;

/** The current bundle's URL, found in public/assets/ (build-client empties the folder before writing it). */
function siteScriptSrc(): string {
  const dir = path.join(process.cwd(), 'public', 'assets');
  const names = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((name) => SITE_SCRIPT_PATTERN.test(`/assets/${name}`))
    : [];
  const [name] = names;
  if (names.length !== 1 || name === undefined)
    throw new Error(`expected one public/assets/site-<hash>.js, found ${names.length}: run npm run build:client`);
  return `/assets/${name}`;
}

/**
 * The site's one script, for every root layout's <head>. A module script is deferred, so it never
 * delays the first paint. fetchpriority="low" because nothing on screen needs it: the HTML and CSS go
 * first (at High priority, Lighthouse counted it as render-blocking; README, Performance).
 */
export function SiteScript() {
  // The rule wants async/defer: a module script is deferred already, and `defer` on one is invalid HTML (vnu).
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={siteScriptSrc()} fetchPriority="low" />;
}
