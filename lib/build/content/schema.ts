/** The front matter schema of a document; the document types are derived from it. */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD');

export const frontMatterSchema = z.strictObject({
  /** The title as issued, in simplified characters. */
  title: z.string().min(1),
  /** 文号, e.g. 发改企业〔2007〕2897号 (full-width 〔〕). */
  docNumber: z
    .string()
    .regex(/^.+〔\d{4}〕\d+号$/, 'write the document number as 机关代字〔年份〕序号号, with full-width 〔〕'),
  /** 发文机关, in full. */
  issuer: z.string().min(1),
  /** 文种, e.g. 通知. */
  type: z.string().min(1),
  /** 成文日期. */
  dateSigned: isoDate,
  /** 发布日期. */
  datePublished: isoDate,
  source: z.strictObject({
    /** The page the text was published on; http(s) only, as it becomes a link (z.url() would pass javascript:). */
    url: z.httpUrl(),
    /** Who published it, e.g. 中央政府门户网站. */
    publisher: z.string().min(1),
    /** The copy kept for provenance, relative to the document's folder. */
    file: z.string().min(1),
  }),
  /** Titles of the annexes, in order; each must match the annex's heading in the body. */
  annexes: z.array(z.strictObject({ title: z.string().min(1) })).default([]),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/**
 * The same fields in either script, without the authoring rules (a converted 文号 reads 號): what the
 * build cache holds for each variant.
 */
export const metaSchema = frontMatterSchema.extend({ docNumber: z.string().min(1) }) satisfies z.ZodType<FrontMatter>;

/** zh-Hant conversion overrides: applied after OpenCC, for what the proofreading shows wrong. */
export const overridesSchema = z.strictObject({
  zhHant: z
    .array(
      z.strictObject({
        from: z.string().min(1),
        to: z.string(),
        /** Why OpenCC's output is wrong here; reviewers need the reason. */
        why: z.string().min(1),
      }),
    )
    .default([]),
});

export type Overrides = z.infer<typeof overridesSchema>;
