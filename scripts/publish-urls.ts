/**
 * `npm run publish-urls`: adds every URL the current content publishes (document pages, clause pages and
 * every clause's #id) to the manifest beside its content folder (urls/<doc>.txt; README, URLs never
 * break). It never removes a line: what was published once stays checked by every later build.
 * Run it after a build you publish, and commit the manifest with the content.
 */
import path from 'node:path';
import { formatContentError, isContentError } from '../lib/build/content/messages.ts';
import { CONTENT_DIRS, loadDocuments } from '../lib/build/corpus/index.ts';
import { checkPublishedUrls } from '../lib/build/urls/check.ts';
import { documentEntries, publishEntries } from '../lib/build/urls/manifest.ts';
import { ownManifestFile } from '../lib/build/urls/published.ts';

try {
  const docs = loadDocuments();
  // Publishing from content that would break a published URL would hide the break: check first.
  checkPublishedUrls(docs, CONTENT_DIRS);
  for (const doc of docs) {
    const file = ownManifestFile(doc);
    const added = publishEntries(file, documentEntries(doc.variants['zh-hans'].clauses));
    console.log(`${path.relative(process.cwd(), file)}: ${added === 0 ? 'nothing new' : `${added} URLs added`}`);
  }
} catch (error) {
  if (!isContentError(error)) throw error;
  console.error(`content error: ${formatContentError(error)}`);
  process.exit(1);
}
