/**
 * The build cache's shapes, checked when a Next worker reads the cache, so nothing parsed is trusted
 * unchecked. Each schema is held to the type the pipeline produces (`satisfies`), so the two cannot drift.
 */
import { z } from 'zod';
import { CLAUSE_KINDS, type Clause, type TocEntry } from '../../shared/types.ts';
import { metaSchema } from '../content/schema.ts';
import type { DocumentVariant, LoadedDocument } from '../content/load.ts';

const clauseSchema = z.object({
  id: z.string(),
  kind: z.enum(CLAUSE_KINDS),
  ordinal: z.number().int().nullable(),
  num: z.string(),
  hasHeading: z.boolean(),
  heading: z.string(),
  text: z.string(),
  citable: z.boolean(),
  parent: z.string().nullable(),
  depth: z.number().int(),
  html: z.string(),
}) satisfies z.ZodType<Clause>;

const tocEntrySchema: z.ZodType<TocEntry> = z.object({
  id: z.string(),
  kind: z.enum(CLAUSE_KINDS),
  num: z.string(),
  heading: z.string(),
  get children() {
    return z.array(tocEntrySchema);
  },
});

const variantSchema = z.object({
  html: z.string(),
  clauses: z.array(clauseSchema),
  toc: z.array(tocEntrySchema),
  meta: metaSchema,
}) satisfies z.ZodType<DocumentVariant>;

export const cachedDocumentSchema = z.object({
  id: z.string(),
  file: z.string(),
  variants: z.object({ 'zh-hans': variantSchema, 'zh-hant': variantSchema }),
}) satisfies z.ZodType<LoadedDocument>;

/** What a list shows of a document in one script: its title, 文号, issuer and 文种 in that script. */
const listedVariantSchema = z.object({
  title: z.string(),
  docNumber: z.string().optional(),
  issuer: z.string(),
  type: z.string(),
});

/**
 * One document as the listings, the sitemap and the page routes need it, without its rendered text:
 * they read these from the manifest rather than parse every document.
 */
export const corpusEntrySchema = z.object({
  id: z.string(),
  dateSigned: z.string(),
  datePublished: z.string(),
  variants: z.object({ 'zh-hans': listedVariantSchema, 'zh-hant': listedVariantSchema }),
  /** Ids of the clauses with a page of their own, in reading order (the same in both scripts). */
  pagedClauses: z.array(z.string()),
});

export type CorpusEntry = z.infer<typeof corpusEntrySchema>;

export const cacheManifestSchema = z.object({
  /** Hash of the content and of the code that renders it: a cache made from anything else is ignored. */
  fingerprint: z.string(),
  /** Every document, newest first. */
  documents: z.array(corpusEntrySchema),
});

export type CacheManifest = z.infer<typeof cacheManifestSchema>;
