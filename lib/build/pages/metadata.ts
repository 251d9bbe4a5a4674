/**
 * Builds each page's <head> metadata: a unique title and description, an absolute canonical URL,
 * the page's twin in the other script (hreflang), Open Graph and Twitter tags. Build-time only.
 */
import type { Metadata } from 'next';
import type { CorpusEntry, LoadedDocument } from '../corpus/index.ts';
import {
  clausePath,
  documentPath,
  facetIndexPath,
  LANG,
  SCRIPT_NAME,
  scriptHomePath,
  type Facet,
} from '../../shared/routes.ts';
import { UI } from '../../shared/ui/strings.ts';
import { SCRIPTS, type Clause, type Script } from '../../shared/types.ts';
import { documentReference } from '../../shared/citation.ts';
import { ancestors, numberedHeading } from '../../shared/clauses.ts';
import { leadText, qualifiedLabel, shortTitle, summarize } from './clauses.ts';
import { listingPath, pageEntries, type FacetValue, type Listing } from './listings.ts';
import { absoluteUrl } from '../env.ts';
import { DOWNLOAD_FORMATS, DOWNLOADS, downloadPath, FEED_TYPE, feedPath } from '../../shared/open-data.ts';

/** The site's name in each script (the same characters in both). */
export const SITE_NAME: Record<Script, string> = { 'zh-hans': '政策文件', 'zh-hant': '政策文件' };

/** Open Graph wants language_TERRITORY; the traditional text is OpenCC's cn→tw conversion. */
const OG_LOCALE: Record<Script, string> = { 'zh-hans': 'zh_CN', 'zh-hant': 'zh_TW' };

/** The bilingual home page's path; also the x-default of the home pages (it offers both scripts). */
export const HOME_PATH = '/';

/** One page in both scripts: its path in each, and where x-default points. */
export interface PageTwins {
  paths: Record<Script, string>;
  /** The page for readers whose script is unknown: the simplified text as issued, unless a chooser exists. */
  xDefault: string;
}

/** hreflang → absolute URL, for <link rel="alternate"> and the sitemap's xhtml:link. */
export function hreflangAlternates(twins: PageTwins): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const script of SCRIPTS) languages[LANG[script]] = absoluteUrl(twins.paths[script]);
  languages['x-default'] = absoluteUrl(twins.xDefault);
  return languages;
}

export const twins = {
  home: (): PageTwins => ({
    paths: { 'zh-hans': scriptHomePath('zh-hans'), 'zh-hant': scriptHomePath('zh-hant') },
    xDefault: HOME_PATH,
  }),
  document: (docId: string): PageTwins => ({
    paths: { 'zh-hans': documentPath('zh-hans', docId), 'zh-hant': documentPath('zh-hant', docId) },
    xDefault: documentPath('zh-hans', docId),
  }),
  /** A listing or facet index: the same path in each script, x-default the simplified one. */
  listing: (pathIn: (script: Script) => string): PageTwins => ({
    paths: { 'zh-hans': pathIn('zh-hans'), 'zh-hant': pathIn('zh-hant') },
    xDefault: pathIn('zh-hans'),
  }),
  clause: (docId: string, clauseId: string): PageTwins => ({
    paths: { 'zh-hans': clausePath('zh-hans', docId, clauseId), 'zh-hant': clausePath('zh-hant', docId, clauseId) },
    xDefault: clausePath('zh-hans', docId, clauseId),
  }),
};

/** The Atom feed of each script, by its title in <link rel="alternate" title>. */
export const FEED_TITLE: Record<Script, string> = {
  'zh-hans': `${SITE_NAME['zh-hans']}（简体）`,
  'zh-hant': `${SITE_NAME['zh-hant']}（繁體）`,
};

/** What <link rel="alternate" title> calls each download (the format, and which text it holds). */
const DOWNLOAD_TITLES: Record<Script, Record<(typeof DOWNLOAD_FORMATS)[number], string>> = {
  'zh-hans': {
    akn: 'Akoma Ntoso XML（简体）',
    json: 'JSON（简体）',
    text: '纯文本（简体）',
    markdown: 'Markdown 源文件（简体原文）',
  },
  'zh-hant': {
    akn: 'Akoma Ntoso XML（繁體）',
    json: 'JSON（繁體）',
    text: '純文字（繁體）',
    markdown: 'Markdown 源文件（簡體原文）',
  },
};

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/**
 * <link rel="alternate" type> announcements: the Atom feeds of the given scripts on every page, and on a
 * document page its downloads, so feed readers and crawlers find them without scraping the page.
 */
export function openDataAlternates(scripts: readonly Script[], doc?: { id: string; script: Script }): AlternateTypes {
  const types: AlternateTypes = {
    [FEED_TYPE]: scripts.map((script) => ({ url: absoluteUrl(feedPath(script)), title: FEED_TITLE[script] })),
  };
  if (doc)
    for (const format of DOWNLOAD_FORMATS)
      types[DOWNLOADS[format].type] = [
        { url: absoluteUrl(downloadPath(doc.script, doc.id, format)), title: DOWNLOAD_TITLES[doc.script][format] },
      ];
  return types;
}

interface PageSpec {
  path: string;
  /** The page's script; the bilingual home page counts as simplified, its <html lang>. */
  script: Script;
  title: string;
  description: string;
  twins: PageTwins;
  type: 'website' | 'article';
  publishedTime?: string;
  /** Feeds and downloads to announce; the page's own script's feed by default. */
  alternateTypes?: AlternateTypes;
}

/** The Metadata of one indexable page. Titles are complete here: no layout template adds to them. */
export function pageMetadata(spec: PageSpec): Metadata {
  const url = absoluteUrl(spec.path);
  const siteName = SITE_NAME[spec.script];
  const other = SCRIPTS.filter((script) => script !== spec.script).map((script) => OG_LOCALE[script]);
  return {
    title: { absolute: spec.title },
    description: spec.description,
    alternates: {
      canonical: url,
      languages: hreflangAlternates(spec.twins),
      types: spec.alternateTypes ?? openDataAlternates([spec.script]),
    },
    openGraph:
      spec.type === 'article'
        ? {
            type: 'article',
            url,
            title: spec.title,
            description: spec.description,
            siteName,
            locale: OG_LOCALE[spec.script],
            alternateLocale: other,
            publishedTime: spec.publishedTime,
          }
        : {
            type: 'website',
            url,
            title: spec.title,
            description: spec.description,
            siteName,
            locale: OG_LOCALE[spec.script],
            alternateLocale: other,
          },
    twitter: { card: 'summary', title: spec.title, description: spec.description },
  };
}

/** How many documents there are and the newest few, in one script, as a home page's description ends. */
function holdings(docs: readonly CorpusEntry[], script: Script): string {
  const latest = docs.slice(0, 3).map((doc) => documentReference(doc.variants[script]));
  return script === 'zh-hans'
    ? `收录${docs.length}件，最新：${latest.join('、')}。`
    : `收錄${docs.length}件，最新：${latest.join('、')}。`;
}

export function homeMetadata(docs: readonly CorpusEntry[]): Metadata {
  return pageMetadata({
    path: HOME_PATH,
    script: 'zh-hans',
    title: `${SITE_NAME['zh-hans']} · 简体 / 繁體`,
    description: summarize(
      `政策文件全文，简体与繁體两种字形，每一部分、每一项都有自己的网址，可按年份、发文机关和文种浏览。${holdings(docs, 'zh-hans')}`,
    ),
    twins: twins.home(),
    type: 'website',
    // The bilingual home offers both scripts, so both feeds.
    alternateTypes: openDataAlternates(SCRIPTS),
  });
}

export function scriptHomeMetadata(docs: readonly CorpusEntry[], script: Script): Metadata {
  const hans = script === 'zh-hans';
  return pageMetadata({
    path: scriptHomePath(script),
    script,
    title: hans ? `${SITE_NAME[script]}（简体）` : `${SITE_NAME[script]}（繁體）`,
    description: summarize(
      hans
        ? `政策文件简体全文，每一部分、每一项都有自己的网址，可按年份、发文机关和文种浏览。${holdings(docs, script)}`
        : `政策文件繁體全文，每一部分、每一項都有自己的網址，可依年份、發文機關和文種瀏覽。${holdings(docs, script)}`,
    ),
    twins: twins.home(),
    type: 'website',
  });
}

/** A browsing page's title: what it lists, its page number after the first, the site and the script. */
const browseTitle = (script: Script, heading: string, page = 1): string =>
  `${heading}${page > 1 ? `（${UI[script].page(page)}）` : ''} · ${SITE_NAME[script]}（${SCRIPT_NAME[script]}）`;

/** What a listing holds, in words: 2007年发布的政策文件, 全部政策文件 …; also the page's lead line. */
export function listingSummary(listing: Listing, script: Script): string {
  const ui = UI[script];
  if (listing.kind === 'documents') return ui.listedAll;
  return ui.listedBy[listing.value.facet](listing.value.label[script]);
}

/** The h1 of a listing: 全部文件, or the value (2007年, the issuer, 通知). */
export function listingHeading(listing: Listing, script: Script): string {
  return listing.kind === 'documents' ? UI[script].allDocuments : listing.value.label[script];
}

export function listingMetadata(listing: Listing, script: Script, page: number): Metadata {
  const ui = UI[script];
  const titles = pageEntries(listing, page).map((entry) => documentReference(entry.variants[script]));
  const pageWords = page > 1 ? `${ui.page(page)}，` : '';
  return pageMetadata({
    path: listingPath(listing, script, page),
    script,
    title: browseTitle(script, listingHeading(listing, script), page),
    description: summarize(
      `${listingSummary(listing, script)}，${ui.total(listing.entries.length)}，${ui.newestFirst}。${pageWords}${ui.onThisPage}：${titles.join('、')}。`,
    ),
    twins: twins.listing((s) => listingPath(listing, s, page)),
    type: 'website',
  });
}

export function facetIndexMetadata(facet: Facet, values: readonly FacetValue[], script: Script): Metadata {
  const ui = UI[script];
  const counts = values.map((value) => `${value.label[script]}（${ui.count(value.entries.length)}）`);
  return pageMetadata({
    path: facetIndexPath(script, facet),
    script,
    title: browseTitle(script, ui.by[facet]),
    description: summarize(`${ui.browseBy[facet]}：${counts.join('、')}。`),
    twins: twins.listing((s) => facetIndexPath(s, facet)),
    type: 'website',
  });
}

/** The notice's own words: its first body paragraph, else its title block. */
function documentLead(clauses: readonly Clause[]): string {
  return (clauses.find((c) => c.kind === 'para' && c.parent === null) ?? clauses[0])?.text ?? '';
}

/** A document's description: its opening words, shortened at a natural stop (also the feed entry's summary). */
export function documentDescription(doc: LoadedDocument, script: Script): string {
  return summarize(documentLead(doc.variants[script].clauses));
}

export function documentMetadata(doc: LoadedDocument, script: Script): Metadata {
  const { meta } = doc.variants[script];
  return pageMetadata({
    path: documentPath(script, doc.id),
    script,
    title: meta.docNumber ? `${meta.title}（${meta.docNumber}）` : meta.title,
    description: documentDescription(doc, script),
    twins: twins.document(doc.id),
    type: 'article',
    publishedTime: meta.datePublished,
    alternateTypes: openDataAlternates([script], { id: doc.id, script }),
  });
}

/** The title of a clause page: its number and heading, then the short title of what it belongs to. */
/** The short title of what the clause belongs to: its annex, or the document. */
function ownerTitle(doc: LoadedDocument, script: Script, clause: Clause): string {
  const { meta, clauses } = doc.variants[script];
  const annex = ancestors(clauses, clause.id).find((c) => c.kind === 'att');
  return shortTitle(annex?.heading || meta.title);
}

export function clauseTitle(doc: LoadedDocument, script: Script, clause: Clause): string {
  return `${numberedHeading(clause)} — ${ownerTitle(doc, script, clause)}`;
}

/** Below this many characters a clause's own words say too little for a search snippet on their own. */
const SHORT_DESCRIPTION = 30;

/**
 * A clause page's description: the clause's own words; a short clause (本办法自…起施行。) is led by
 * what it is and where (《…办法》第八条：), which also keeps two documents' identical clauses apart.
 */
export function clauseDescription(doc: LoadedDocument, script: Script, clause: Clause): string {
  const { clauses } = doc.variants[script];
  const quote = summarize(leadText(clauses, clause));
  if (quote.length >= SHORT_DESCRIPTION) return quote;
  return `《${ownerTitle(doc, script, clause)}》${qualifiedLabel(clauses, clause)}：${quote}`;
}

export function clauseMetadata(doc: LoadedDocument, script: Script, clause: Clause): Metadata {
  const { meta } = doc.variants[script];
  return pageMetadata({
    path: clausePath(script, doc.id, clause.id),
    script,
    title: clauseTitle(doc, script, clause),
    description: clauseDescription(doc, script, clause),
    twins: twins.clause(doc.id, clause.id),
    type: 'article',
    publishedTime: meta.datePublished,
  });
}

/**
 * The 404 page: named in both scripts. No robots entry: Next writes <meta name="robots" content="noindex">
 * into not-found output itself, and a second robots tag ("noindex, follow") contradicted it.
 */
export const notFoundMetadata: Metadata = {
  title: { absolute: '页面未找到 · 頁面未找到' },
  description: '此网址没有页面。请返回文件全文或首页查找。／此網址沒有頁面。請返回文件全文或首頁查找。',
  alternates: { types: openDataAlternates(SCRIPTS) },
};
