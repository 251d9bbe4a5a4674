/**
 * Where the open data lives and what it is: each document's downloads, the Atom feeds, the index of
 * all documents and the JSON Schemas, with their media types. One table for the page's 下载 section,
 * the <head> announcements, the postbuild writer, the server and the tests, so none can drift.
 */
import type { Script } from './types.ts';

export const DOWNLOAD_FORMATS = ['akn', 'json', 'text', 'markdown'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export interface DownloadSpec {
  /** The file's name in the document's folder, as served: /zh-hans/<doc>/data.akn. */
  file: string;
  /** The media type, as <link rel="alternate" type> and <a type> announce it. */
  type: string;
  /** The saved file's ending (a browser saves data.akn as <doc>.<script>.akn.xml, which opens as XML). */
  saveAs: string;
}

export const DOWNLOADS: Record<DownloadFormat, DownloadSpec> = {
  akn: { file: 'data.akn', type: 'application/akn+xml', saveAs: 'akn.xml' },
  json: { file: 'data.json', type: 'application/json', saveAs: 'json' },
  text: { file: 'data.txt', type: 'text/plain', saveAs: 'txt' },
  markdown: { file: 'source.md', type: 'text/markdown', saveAs: 'md' },
};

/**
 * The Markdown is the one canonical source, stored in simplified characters: it has a single URL under
 * /zh-hans/, which both scripts' pages link to. Every other download differs between the scripts.
 */
export const SOURCE_SCRIPT: Script = 'zh-hans';

/** Path of one download of a document in a script: /zh-hant/<doc>/data.json. */
export function downloadPath(script: Script, docId: string, format: DownloadFormat): string {
  const folder = format === 'markdown' ? SOURCE_SCRIPT : script;
  return `/${folder}/${docId}/${DOWNLOADS[format].file}`;
}

/** The name a browser saves a download under (the <a download> value): what it is, and in which script. */
export function downloadFileName(script: Script, docId: string, format: DownloadFormat): string {
  const variant = format === 'markdown' ? 'source' : script;
  return `${docId}.${variant}.${DOWNLOADS[format].saveAs}`;
}

/** The Atom feed of a script's documents, newest first. */
export function feedPath(script: Script): string {
  return `/${script}/feed.atom`;
}

export const FEED_TYPE = 'application/atom+xml';

/** Every document with its metadata and download URLs, and the schemas of that index and of data.json. */
export const DATA_PATHS = {
  index: '/data/documents.json',
  indexSchema: '/data/documents.schema.json',
  documentSchema: '/data/document.schema.json',
} as const;
