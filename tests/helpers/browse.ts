/**
 * Test helper: what the listing and facet pages must show, worked out from the documents' front matter
 * (read here with the yaml parser, not the build's schema or corpus), and their URLs written out from
 * the scheme the README documents, so a slug or a count the build gets wrong fails the tests.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** Documents per listing page, as the README gives it. */
export const PAGE_SIZE = 50;

/** The 文种 slugs, written out here as the README lists them: a renamed slug breaks links, and this test. */
export const TYPE_SLUGS: Readonly<Record<string, string>> = {
  决议: 'resolution',
  决定: 'decision',
  命令: 'order',
  令: 'decree',
  公报: 'communique',
  公告: 'announcement',
  通告: 'circular',
  意见: 'opinions',
  通知: 'notice',
  通报: 'bulletin',
  报告: 'report',
  请示: 'request',
  批复: 'reply',
  议案: 'motion',
  函: 'letter',
  纪要: 'minutes',
  办法: 'measures',
  规定: 'provisions',
  细则: 'rules',
  条例: 'regulations',
};

/** An issuer's slug as the README defines it: the first 8 hex digits of the SHA-256 of its simplified name. */
export const issuerSlug = (name: string): string =>
  crypto.createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, 8);

const FrontMatter = z.object({
  title: z.string(),
  docNumber: z.string().optional(),
  issuer: z.string(),
  type: z.string(),
  dateSigned: z.string(),
  datePublished: z.string(),
});

export interface ListedDocument extends z.infer<typeof FrontMatter> {
  id: string;
}

/** Every document under the folders, newest first (same day: by id), as the lists order them. */
export function listedDocuments(dirs: readonly string[]): ListedDocument[] {
  return dirs
    .flatMap((dir) =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'index.md')))
        .map((entry) => {
          const text = fs.readFileSync(path.join(dir, entry.name, 'index.md'), 'utf8');
          const yaml = text.slice(text.indexOf('\n') + 1, text.indexOf('\n---', 3));
          // Dates are read as strings: YAML would make 2007-12-05 a Date.
          const meta = FrontMatter.parse(parse(yaml, { schema: 'failsafe' }));
          return { id: entry.name, ...meta };
        }),
    )
    .sort((a, b) => b.datePublished.localeCompare(a.datePublished) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const FACET_NAMES = ['years', 'issuers', 'types'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** One value of a facet: its slug, its simplified label, and its documents newest first. */
export interface ExpectedValue {
  slug: string;
  label: string;
  documents: ListedDocument[];
}

const FACET_OF: Record<FacetName, (doc: ListedDocument) => { slug: string; label: string }> = {
  years: (doc) => ({ slug: doc.datePublished.slice(0, 4), label: `${doc.datePublished.slice(0, 4)}年` }),
  issuers: (doc) => ({ slug: issuerSlug(doc.issuer), label: doc.issuer }),
  types: (doc) => {
    const slug = TYPE_SLUGS[doc.type];
    if (!slug) throw new Error(`${doc.id}: no slug for the 文种 ${doc.type}`);
    return { slug, label: doc.type };
  },
};

/** A facet's values, in no particular order (tests compare them as sets or look them up by slug). */
export function expectedValues(docs: readonly ListedDocument[], facet: FacetName): ExpectedValue[] {
  const values = new Map<string, ExpectedValue>();
  for (const doc of docs) {
    const { slug, label } = FACET_OF[facet](doc);
    const value = values.get(slug) ?? { slug, label, documents: [] };
    value.documents.push(doc);
    values.set(slug, value);
  }
  return [...values.values()];
}

/** The URL of page n of a list whose first page is at `base`. */
export const pageUrl = (base: string, page: number): string => (page > 1 ? `${base}${page}/` : base);
export const pagesOf = (count: number): number => Math.max(1, Math.ceil(count / PAGE_SIZE));

/** Every listing and facet page of one script: /<script>/documents/ …, /<script>/years/, /<script>/years/2007/ …. */
export function browseUrls(script: string, docs: readonly ListedDocument[]): string[] {
  const lists = [{ base: `/${script}/documents/`, count: docs.length }];
  const indexes: string[] = [];
  for (const facet of FACET_NAMES) {
    indexes.push(`/${script}/${facet}/`);
    for (const value of expectedValues(docs, facet))
      lists.push({ base: `/${script}/${facet}/${value.slug}/`, count: value.documents.length });
  }
  const pages = lists.flatMap(({ base, count }) =>
    Array.from({ length: pagesOf(count) }, (_, i) => pageUrl(base, i + 1)),
  );
  return [...indexes, ...pages];
}
