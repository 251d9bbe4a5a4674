/**
 * The Atom feed (RFC 4287) of one script: every document, newest publication first, each entry linking
 * to the page and to its downloads. Times are the publication date at midnight in Beijing, and ids are
 * tag: URIs (RFC 4151) of the site's host: nothing depends on when the build ran.
 */
import type { LoadedDocument } from '../corpus/index.ts';
import { absoluteUrl, SITE_URL } from '../env.ts';
import { documentDescription, FEED_TITLE, SITE_NAME } from '../pages/metadata.ts';
import { DOWNLOADS, downloadPath, FEED_TYPE, feedPath, type DownloadFormat } from '../../shared/open-data.ts';
import { documentPath, LANG, scriptHomePath } from '../../shared/routes.ts';
import type { Script } from '../../shared/types.ts';
import { el, serializeXml, type XmlElement } from './xml.ts';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** The year the portal began publishing under its host: the date part of every tag: id, fixed so ids never change. */
const TAG_YEAR = '2026';

/** A stable id for a path of this site: tag:<host>,2026:/zh-hans/<doc>/. */
export function tagUri(path: string): string {
  return `tag:${new URL(SITE_URL).hostname},${TAG_YEAR}:${path}`;
}

/** A calendar date as an RFC 3339 timestamp: the day's start in China Standard Time, where the documents are dated. */
export const atomTime = (isoDate: string): string => `${isoDate}T00:00:00+08:00`;

const SUBTITLE: Record<Script, string> = {
  'zh-hans': '新发布的政策文件，按发布日期排列，附全文和开放数据下载。',
  'zh-hant': '新發布的政策文件，按發布日期排列，附全文和開放資料下載。',
};

/** Newest first; on the same day by id, so the order never depends on the file system. */
function byPublication(docs: readonly LoadedDocument[]): LoadedDocument[] {
  const date = (doc: LoadedDocument) => doc.variants['zh-hans'].meta.datePublished;
  return [...docs].sort((a, b) => date(b).localeCompare(date(a)) || a.id.localeCompare(b.id));
}

const DATA_LINKS: readonly DownloadFormat[] = ['akn', 'json', 'text'];

function entry(doc: LoadedDocument, script: Script): XmlElement {
  const { meta } = doc.variants[script];
  const page = documentPath(script, doc.id);
  const dataLinks = DATA_LINKS.map((format) =>
    el('link', {
      rel: 'alternate',
      type: DOWNLOADS[format].type,
      href: absoluteUrl(downloadPath(script, doc.id, format)),
    }),
  );
  return el('entry', {}, [
    el('id', {}, [tagUri(page)]),
    el('title', {}, [meta.docNumber ? `${meta.title}（${meta.docNumber}）` : meta.title]),
    el('link', { rel: 'alternate', type: 'text/html', hreflang: LANG[script], href: absoluteUrl(page) }),
    ...dataLinks,
    el('published', {}, [atomTime(meta.datePublished)]),
    el('updated', {}, [atomTime(meta.datePublished)]),
    el('author', {}, [el('name', {}, [meta.issuer])]),
    el('category', { term: meta.type }),
    el('summary', {}, [documentDescription(doc, script)]),
  ]);
}

/** The feed of a script: the site as its author, updated when its newest document was published. */
export function atomFeed(docs: readonly LoadedDocument[], script: Script): string {
  const sorted = byPublication(docs);
  const newest = sorted[0];
  if (!newest) throw new Error('open data: a feed needs at least one document');
  const feed = el('feed', { xmlns: ATOM_NAMESPACE, 'xml:lang': LANG[script] }, [
    el('id', {}, [tagUri(feedPath(script))]),
    el('title', {}, [FEED_TITLE[script]]),
    el('subtitle', {}, [SUBTITLE[script]]),
    el('link', { rel: 'self', type: FEED_TYPE, href: absoluteUrl(feedPath(script)) }),
    el('link', {
      rel: 'alternate',
      type: 'text/html',
      hreflang: LANG[script],
      href: absoluteUrl(scriptHomePath(script)),
    }),
    el('updated', {}, [atomTime(newest.variants['zh-hans'].meta.datePublished)]),
    el('author', {}, [el('name', {}, [SITE_NAME[script]]), el('uri', {}, [absoluteUrl('/')])]),
    ...sorted.map((doc) => entry(doc, script)),
  ]);
  return serializeXml(feed);
}
