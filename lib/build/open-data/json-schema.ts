/**
 * The published JSON Schemas (draft 2020-12) of data.json and of /data/documents.json. Written by hand
 * beside the types in json.ts; the tests validate every emitted file against them with a real
 * validator, so the two cannot drift without a failing test.
 */
import { absoluteUrl } from '../env.ts';
import { DATA_PATHS, DOWNLOAD_FORMATS } from '../../shared/open-data.ts';
import { CLAUSE_KINDS, SCRIPTS } from '../../shared/types.ts';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

const url = { type: 'string', format: 'uri' } as const;
const date = { type: 'string', format: 'date' } as const;
const text = { type: 'string', minLength: 1 } as const;
const orNull = <T extends object>(schema: T) => ({ anyOf: [schema, { type: 'null' }] });
/** The eId grammar of the README: levels joined by __, each an abbreviation with an optional _number. */
const clauseId = { type: 'string', pattern: '^[a-z]+(?:_[0-9]+)?(?:__[a-z]+(?:_[0-9]+)?)*$' } as const;

/** An object whose every property is required and nothing else is allowed. */
function closed(properties: Record<string, object>, description?: string) {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  } as const;
}

const downloads = closed(
  Object.fromEntries(DOWNLOAD_FORMATS.map((format) => [format, url])),
  'Absolute URLs of the downloads: Akoma Ntoso XML, JSON and plain text in this script, and the Markdown source (simplified).',
);

const source = closed({ url, publisher: text }, 'Where the text was published.');

const clause = closed(
  {
    id: {
      ...clauseId,
      description: 'The clause id: its page anchor and its Akoma Ntoso eId, the same in both scripts.',
    },
    kind: { enum: CLAUSE_KINDS },
    number: orNull({ ...text, description: 'The number as printed: 一、 （三） 第五条 附件.' }),
    ordinal: orNull({ type: 'integer', minimum: 1 }),
    heading: orNull(text),
    text: {
      type: 'string',
      description: 'Own text; paragraphs and table rows on lines of their own, cells apart by tabs.',
    },
    parent: orNull(clauseId),
    depth: { type: 'integer', minimum: 0 },
    citable: { type: 'boolean' },
    citation: { ...text, description: 'The Chinese citation of the clause, as the page’s 复制引用 gives it.' },
    url,
    page: orNull(url),
  },
  'One clause, in reading order.',
);

/** The blank a citer fills with the day they cite (YYYY-MM-DD; CSL-JSON: year, month, day as numbers). */
const accessedBlank = (name: string, description: string) => ({ ...text, pattern: `%${name}%`, description });

const citations = closed(
  {
    gbt7714: accessedBlank(
      'ACCESSED',
      'GB/T 7714—2025 reference of the document; %ACCESSED% is the 引用日期, YYYY-MM-DD.',
    ),
    gbt7714Annexes: {
      type: 'array',
      items: accessedBlank(
        'ACCESSED',
        'GB/T 7714—2025 reference of each annex, as a contribution (析出文献) to the notice.',
      ),
    },
    cslJson: accessedBlank(
      'ACCESSED_PARTS',
      'One CSL-JSON item; JSON once %ACCESSED_PARTS% is replaced by the citing date as "YYYY, M, D".',
    ),
    bibtex: accessedBlank('ACCESSED', 'One BibTeX entry (@misc); %ACCESSED% is its urldate, YYYY-MM-DD.'),
  },
  'Citations of the document in standard formats, with the citing date left blank: it is the citer’s.',
);

/** The schema of /<script>/<doc>/data.json. */
export function documentSchema() {
  return {
    $schema: DRAFT,
    $id: absoluteUrl(DATA_PATHS.documentSchema),
    title: '政策文件: one document in one script',
    ...closed({
      $schema: url,
      id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
      script: { enum: SCRIPTS },
      language: { enum: ['zh-Hans', 'zh-Hant'] },
      authoritative: { type: 'boolean', description: 'true for the simplified text as issued.' },
      url,
      title: text,
      docNumber: orNull(text),
      type: { ...text, description: '文种, e.g. 通知.' },
      issuer: text,
      dateSigned: date,
      datePublished: date,
      source,
      annexes: { type: 'array', items: closed({ id: clauseId, title: text }) },
      downloads: { $ref: '#/$defs/downloads' },
      citations,
      clauses: { type: 'array', minItems: 1, items: { $ref: '#/$defs/clause' } },
    }),
    $defs: { downloads, clause },
  };
}

const variant = closed({
  language: { enum: ['zh-Hans', 'zh-Hant'] },
  authoritative: { type: 'boolean' },
  title: text,
  url,
  downloads: { $ref: '#/$defs/downloads' },
});

/** The schema of /data/documents.json. */
export function indexSchema() {
  const perScript = <T extends object>(schema: T) =>
    closed(Object.fromEntries(SCRIPTS.map((script) => [script, schema])));
  return {
    $schema: DRAFT,
    $id: absoluteUrl(DATA_PATHS.indexSchema),
    title: '政策文件: every document, newest first',
    ...closed({
      $schema: url,
      site: url,
      feeds: perScript(url),
      documents: {
        type: 'array',
        items: closed({
          id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
          docNumber: orNull(text),
          type: text,
          issuer: text,
          dateSigned: date,
          datePublished: date,
          source,
          variants: perScript({ $ref: '#/$defs/variant' }),
        }),
      },
    }),
    $defs: { downloads, variant },
  };
}
