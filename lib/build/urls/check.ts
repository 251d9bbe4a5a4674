/**
 * The prebuild check that no published URL disappears: every line of every manifest of the build's
 * content folders must still be a URL of this build, or be declared moved. Fails with a content error
 * naming the URLs, the manifest lines, and the front matter line where to declare the move.
 */
import fs from 'node:fs';
import type { LoadedDocument } from '../content/load.ts';
import { fieldLine, splitFrontMatter } from '../content/front-matter.ts';
import { failIn } from '../content/messages.ts';
import { documentPath } from '../../shared/routes.ts';
import { entryUrl } from './manifest.ts';
import { publishedDocuments, shown, type Published, type PublishedDocument } from './published.ts';

/** Where the author adds a move: under an existing `moved:`, else just before the closing `---`. */
function whereToAdd(file: string): { line: number; under: boolean } {
  const source = fs.readFileSync(file, 'utf8');
  const moved = fieldLine(splitFrontMatter(source, file).yaml, ['moved']);
  if (moved !== undefined) return { line: moved, under: true };
  const closing = source.split('\n').findIndex((line, i) => i > 0 && line.trim() === '---');
  return { line: closing + 1, under: false };
}

/** A former id must not be a document of this build, nor be claimed by two documents. */
function checkFormerIds(docs: readonly LoadedDocument[]): void {
  const claimed = new Map<string, LoadedDocument>();
  for (const doc of docs) {
    const formerIds = doc.variants['zh-hans'].meta.formerIds ?? [];
    formerIds.forEach((id, index) => {
      const other = docs.find((d) => d.id === id) ?? claimed.get(id);
      claimed.set(id, doc);
      if (!other) return;
      const yaml = splitFrontMatter(fs.readFileSync(doc.file, 'utf8'), doc.file).yaml;
      const reason = `formerIds: ${id} is claimed by ${other.file} too`;
      const note = `a URL can redirect to one document only: remove ${id} here or there`;
      failIn(doc.file, { ruleId: 'former-id', reason, note }, fieldLine(yaml, ['formerIds', index]));
    });
  }
}

function documentGone(published: PublishedDocument): never {
  const reason = `the published document ${documentPath('zh-hans', published.id)} (and /zh-hant/…) is not in this build: ${shown(published.file)} lists its URLs`;
  const note = `restore its folder ${published.id}/, or, if it was renamed, add to the front matter of the document it became:\n    formerIds:\n      - ${published.id}`;
  return failIn(shown(published.file), { ruleId: 'published-url', reason, note });
}

function urlsGone(doc: LoadedDocument, published: PublishedDocument, gone: readonly Published[]): never {
  const urls = gone.map((line) => `${entryUrl('zh-hans', published.id, line.parsed)} (line ${line.line})`);
  const ids = [...new Set(gone.flatMap((line) => (line.parsed.kind === 'document' ? [] : [line.parsed.id])))];
  const { line, under } = whereToAdd(doc.file);
  const reason = `published URL${urls.length > 1 ? 's' : ''} would disappear, listed in ${shown(published.file)}: ${urls.join(', ')}; the same under /zh-hant/`;
  const yaml = [...(under ? [] : ['moved:']), ...ids.map((id) => `  ${id}: <the id it has now>`)];
  const note =
    `say where each clause is now: add ${under ? 'under moved: at' : 'before the closing --- at'} ${doc.file}:${line}\n` +
    yaml.map((text) => `    ${text}\n`).join('') +
    `  or restore the clause${ids.length > 1 ? 's' : ''}. A published URL is never dropped from the manifest.`;
  return failIn(doc.file, { ruleId: 'published-url', reason, note }, line);
}

/**
 * Throws a content error on the first document whose published URLs this build would lose; returns
 * how many manifest lines it checked and how many of them moved.
 */
export function checkPublishedUrls(
  docs: readonly LoadedDocument[],
  contentDirs: readonly string[],
): { checked: number; moved: number } {
  checkFormerIds(docs);
  let checked = 0;
  let moved = 0;
  for (const published of publishedDocuments(docs, contentDirs)) {
    if (!published.doc) documentGone(published);
    const gone = published.lines.filter((line) => line.fate.kind === 'missing');
    if (gone.length > 0) urlsGone(published.doc, published, gone);
    checked += published.lines.length;
    moved += published.lines.filter((line) => line.fate.kind === 'moved' || published.id !== published.doc?.id).length;
  }
  return { checked, moved };
}
