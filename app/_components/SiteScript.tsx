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

/** The id of the inline module that starts the site's script; scripts/strip-runtime.ts keeps it by this id. */
export const SITE_LOADER_ID = 'site-script';

/**
 * The loader's code: import the site's script once the text's largest paint after the load event has
 * happened (the LCP observer reports a paint only after it is on screen), or at once on the reader's
 * first key, tap or focus. Started from the HTML, the script's request and evaluation came before that
 * paint, and Lighthouse counted them against it (README, Performance). Where no paint follows the load
 * event the script comes a second later; a browser without the LCP observer takes it on load.
 */
export const siteLoaderCode = (src: string): string =>
  `let started=false;const go=()=>{if(!started){started=true;import(${JSON.stringify(src)})}};` +
  `for(const type of["keydown","pointerdown","focusin"])addEventListener(type,go,{once:true,capture:true});` +
  `if(PerformanceObserver.supportedEntryTypes?.includes("largest-contentful-paint")){` +
  `new PerformanceObserver(()=>{if(document.readyState==="complete")go()}).observe({type:"largest-contentful-paint",buffered:true});` +
  `addEventListener("load",()=>setTimeout(go,1000))}else addEventListener("load",go)`;

/**
 * The site's one script, for every root layout's <head>: an inline module (allowed by its hash in the
 * CSP) that imports /assets/site-<hash>.js once the text is on screen (siteLoaderCode). Nothing on
 * screen needs the script: reader buttons arrive a moment later into rows globals.css has reserved, so
 * nothing moves.
 */
export function SiteScript() {
  return (
    <script type="module" id={SITE_LOADER_ID} dangerouslySetInnerHTML={{ __html: siteLoaderCode(siteScriptSrc()) }} />
  );
}
