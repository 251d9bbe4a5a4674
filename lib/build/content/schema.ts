/** The front matter schema of a document; the document types are derived from it. */
import { z } from 'zod';

/**
 * The forms of 文号: 发改企业〔2007〕2897号; a 令's 国家发展和改革委员会令第9号 or 主席令第十一号; a 公告's
 * 2023年第1号 (often after its issuer's name).
 */
const DOC_NUMBER_FORMS: readonly RegExp[] = [
  /^\S+〔\d{4}〕\d+号$/,
  /^\S*令第[0-9零一二三四五六七八九十百千]+号$/,
  /^\S*\d{4}年第\d+号$/,
];

/**
 * 文种: the fifteen of 《党政机关公文处理工作条例》 (命令 also as 令), and the forms regulations are
 * published in as documents of their own.
 */
export const DOCUMENT_TYPES = [
  '决议',
  '决定',
  '命令',
  '令',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
  '办法',
  '规定',
  '细则',
  '条例',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const isDocumentType = (value: string): value is DocumentType => DOCUMENT_TYPES.some((type) => type === value);

/** An Akoma Ntoso eId as the pipeline writes them (README, the id scheme). */
const CLAUSE_ID = /^[a-z]+(?:_\d+)?(?:__[a-z]+(?:_\d+)?)*$/;
/** A document id: the folder's name, which is its URL segment. */
export const DOC_ID_FORM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD');

export const frontMatterSchema = z.strictObject({
  /** The title as issued, in simplified characters. */
  title: z.string().min(1),
  /** 文号 in any form a government document uses (see DOC_NUMBER_FORMS); absent where it has none. */
  docNumber: z
    .string()
    .refine(
      (value) => DOC_NUMBER_FORMS.some((form) => form.test(value)),
      'write the document number as 机关代字〔年份〕序号号 (with full-width 〔〕), …令第N号 or 年份年第N号',
    )
    .optional(),
  /** 发文机关, in full. */
  issuer: z.string().min(1),
  /** 文种, e.g. 通知: one of DOCUMENT_TYPES. */
  type: z
    .string()
    .refine(
      (value) => DOCUMENT_TYPES.some((type) => type === value),
      `use a 文种 of 《党政机关公文处理工作条例》 (${DOCUMENT_TYPES.slice(0, 16).join('、')}), or 办法、规定、细则、条例 for a regulation`,
    ),
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
  /**
   * Published clause ids that moved (renumbered, merged): old id → the id it is now. The build checks
   * every published URL against urls/ (README, URLs never break) and redirects the old ones here.
   */
  moved: z
    .record(
      z.string().regex(CLAUSE_ID, 'write a clause id such as att_1__sec_2__point_3'),
      z.string().regex(CLAUSE_ID, 'write the clause id it moved to, such as att_1__sec_2__point_2'),
    )
    .optional(),
  /** The ids this document was published under before its folder was renamed; each redirects here. */
  formerIds: z.array(z.string().regex(DOC_ID_FORM, 'write a document id such as ndrc-2007-2897')).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/**
 * The same fields in either script, without the authoring rules (a converted 文号 reads 號): what the
 * build cache holds for each variant.
 */
export const metaSchema = frontMatterSchema.extend({
  docNumber: z.string().min(1).optional(),
  type: z.string().min(1),
}) satisfies z.ZodType<FrontMatter>;

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
