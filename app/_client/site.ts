/**
 * The site's only script entry, loaded by every root layout as <script type="module" src="/assets/site-<hash>.js">
 * (deferred by being a module: it never blocks the text). Bundled by scripts/build-client.ts with
 * esbuild into public/assets/; the search engine is a separate chunk it imports on first use.
 *
 * No React in the browser: its runtime's size and hydration cost dominated a slow phone's page load
 * (README, Performance). Next.js still renders every page to static HTML; scripts/strip-runtime.ts
 * removes its runtime from the export, and these modules enhance the HTML.
 */
import { startReader } from './reader';
import { parseReaderData, READER_DATA_ID, type ReaderData } from '@/lib/shared/reader-data';
import { startSearch } from './search';

/** Each behaviour starts on its own: one failing (malformed markup or data) must not take the other down. */
function start(name: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    console.error(`policy-portal: ${name} did not start`, error);
  }
}

/** The page's reader data, if it is a document's page and the data block is sound. */
function pageData(): ReaderData | undefined {
  const block = document.getElementById(READER_DATA_ID);
  if (!block) return undefined;
  try {
    return parseReaderData(JSON.parse(block.textContent ?? ''));
  } catch (error) {
    console.error('policy-portal: the reader data is malformed', error);
    return undefined;
  }
}

const data = pageData();
if (data) start('reader', () => startReader(data));
for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) {
  start('search', () => startSearch(root, data?.docId));
}
