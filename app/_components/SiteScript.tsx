/** Where the browser bundle is served: scripts/build-client.ts writes public/assets/site.js. */
export const SITE_SCRIPT_SRC = '/assets/site.js';

/**
 * The site's one script, for every root layout's <head>. A module script is deferred: it never
 * blocks parsing or the first paint, and runs once the HTML is parsed, so the modules find the
 * markup they enhance. scripts/strip-runtime.ts keeps it and removes Next's runtime around it.
 */
export function SiteScript() {
  // The rule wants async/defer: a module script is deferred already, and `defer` on one is invalid HTML (vnu).
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={SITE_SCRIPT_SRC} />;
}
