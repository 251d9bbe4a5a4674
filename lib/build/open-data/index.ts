/**
 * Every open-data file of the site, as paths under out/ and their contents: each document's AKN, JSON
 * and plain text in both scripts and its Markdown source, the Atom feeds, the index of documents and
 * the JSON Schemas. Made in memory from the corpus, so a failure leaves nothing half written.
 */
import fs from 'node:fs';
import type { LoadedDocument } from '../corpus/index.ts';
import { DATA_PATHS, downloadPath, feedPath, SOURCE_SCRIPT } from '../../shared/open-data.ts';
import { SCRIPTS } from '../../shared/types.ts';
import { aknXml } from './akn.ts';
import { atomFeed } from './feed.ts';
import { documentData, indexData } from './json.ts';
import { documentSchema, indexSchema } from './json-schema.ts';
import { plainText } from './text.ts';

export interface OpenDataFile {
  /** URL path, which is also the file's path under out/. */
  path: string;
  contents: string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function documentFiles(doc: LoadedDocument): OpenDataFile[] {
  const perScript = SCRIPTS.flatMap((script) => [
    { path: downloadPath(script, doc.id, 'akn'), contents: aknXml(doc, script) },
    { path: downloadPath(script, doc.id, 'json'), contents: json(documentData(doc, script)) },
    { path: downloadPath(script, doc.id, 'text'), contents: plainText(doc, script) },
  ]);
  // The canonical source exactly as stored: the file the build read, byte for byte.
  const source = { path: downloadPath(SOURCE_SCRIPT, doc.id, 'markdown'), contents: fs.readFileSync(doc.file, 'utf8') };
  return [...perScript, source];
}

export function openDataFiles(docs: readonly LoadedDocument[]): OpenDataFile[] {
  return [
    ...docs.flatMap(documentFiles),
    ...SCRIPTS.map((script) => ({ path: feedPath(script), contents: atomFeed(docs, script) })),
    { path: DATA_PATHS.index, contents: json(indexData(docs)) },
    { path: DATA_PATHS.documentSchema, contents: json(documentSchema()) },
    { path: DATA_PATHS.indexSchema, contents: json(indexSchema()) },
  ];
}
