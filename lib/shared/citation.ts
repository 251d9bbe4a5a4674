/**
 * Chinese citations of clauses, e.g.
 * 《国家发展改革委关于促进产业集群发展的若干意见》（发改企业〔2007〕2897号附件）第二部分第（三）项.
 *
 * Client-safe (the copy button builds citations in the browser): it needs each clause's place and
 * number and the front matter's titles, never the text.
 */
import { formatChineseNumeral } from './chinese-numerals.ts';
import { ancestors } from './clauses.ts';
import type { Clause, Script } from './types.ts';

/** What a citation needs of a clause: its place in the tree and its number, not its text. */
export type CitableClause = Pick<Clause, 'id' | 'kind' | 'parent' | 'ordinal'>;

/** What a citation needs of the front matter, in the page's script. */
export interface CitationMeta {
  /** The notice's title, as issued. */
  title: string;
  /** 文号, e.g. 发改企业〔2007〕2897号; absent for a document without one. */
  docNumber?: string | undefined;
  /** Annex titles in order: a clause inside att_N is cited under annex N's own title. */
  annexes: ReadonlyArray<{ title: string }>;
}

/** A document by title and number, as Chinese text cites it: 《title》（文号）, or 《title》 where it has no number. */
export function documentReference(meta: Pick<CitationMeta, 'title' | 'docNumber'>): string {
  return meta.docNumber ? `《${meta.title}》（${meta.docNumber}）` : `《${meta.title}》`;
}

/** The words of a locator, per script (traditional as Taiwan writes them: 項, 結語, 機關). */
const WORDS = {
  'zh-hans': {
    part: '部分',
    item: '项',
    para: '段',
    book: '编',
    chapter: '章',
    section: '节',
    article: '条',
    clause: '款',
    subitem: '目',
    intro: '引言',
    preamble: '序言',
    wrapup: '结语',
    addressees: '主送机关',
    body: '正文',
    conclusions: '落款',
    annex: '附件',
  },
  'zh-hant': {
    part: '部分',
    item: '項',
    para: '段',
    book: '編',
    chapter: '章',
    section: '節',
    article: '條',
    clause: '款',
    subitem: '目',
    intro: '引言',
    preamble: '序言',
    wrapup: '結語',
    addressees: '主送機關',
    body: '正文',
    conclusions: '落款',
    annex: '附件',
  },
} as const satisfies Record<Script, Record<string, string>>;

/** The clause's own number; the structure step gives every numbered clause one. */
function ordinal(clause: CitableClause): number {
  if (clause.ordinal === null) throw new Error(`citation: clause "${clause.id}" has no number`);
  return clause.ordinal;
}

/** The clause and its ancestors, outermost first. */
function chainOf(clauses: readonly CitableClause[], id: string): CitableClause[] {
  const self = clauses.find((clause) => clause.id === id);
  if (!self) throw new Error(`citation: no clause "${id}"`);
  return [...ancestors(clauses, id), self];
}

/** 第二部分 for a part, 第十二条 for an article …: the Chinese numeral between 第 and the unit word. */
const nth = (clause: CitableClause, unit: string): string => `第${formatChineseNumeral(ordinal(clause))}${unit}`;

/**
 * One step of a locator: 第二部分, 第（三）项, 第二款, 第一段, 引言 … ('' for the whole notice or annex).
 * `parent` is the step before it, `topLevel` whether it sits directly in the notice.
 */
function step(clause: CitableClause, parent: CitableClause | undefined, topLevel: boolean, script: Script): string {
  const w = WORDS[script];
  switch (clause.kind) {
    case 'preface':
    case 'att':
      return '';
    case 'book':
      return nth(clause, w.book);
    case 'chp':
      return nth(clause, w.chapter);
    case 'section':
      return nth(clause, w.section);
    case 'sec':
      return nth(clause, w.part);
    case 'art':
      return nth(clause, w.article);
    case 'point':
      return `第（${formatChineseNumeral(ordinal(clause))}）${w.item}`;
    case 'subpoint':
      return `第${ordinal(clause)}${w.subitem}`;
    case 'para':
      // A 款 of an article; else a paragraph, counted in the notice's body (正文) or in its part.
      if (parent?.kind === 'art') return nth(clause, w.clause);
      return `${topLevel ? w.body : ''}${nth(clause, w.para)}`;
    case 'intro':
      return w.intro;
    case 'wrapup':
      return w.wrapup;
    case 'preamble':
      // The notice's preamble is its addressee line (主送机关); an annex's is the text before its first part.
      return topLevel ? w.addressees : w.preamble;
    case 'conclusions':
      return w.conclusions;
  }
}

/** Chinese cites an article by its number alone (第十二条, never 第二章第十二条): the 编、章、节 above it drop out. */
const ABOVE_ARTICLES = new Set<CitableClause['kind']>(['book', 'chp', 'section']);

/**
 * Where the clause sits inside its notice or annex, e.g. 第二部分第（三）项 or 第十二条第二款第（三）项; '' for a whole notice
 * or annex. This is also the short name the copy buttons announce.
 */
export function clauseLocator(clauses: readonly CitableClause[], id: string, script: Script): string {
  const chain = chainOf(clauses, id);
  const inAnnex = chain[0]?.kind === 'att';
  const hasArticle = chain.some((clause) => clause.kind === 'art');
  return chain
    .map((clause, i) =>
      hasArticle && ABOVE_ARTICLES.has(clause.kind)
        ? ''
        : step(clause, chain[i - 1], !inAnnex && clause.parent === null, script),
    )
    .join('');
}

/** A short name for the clause: the locator, or 附件 / the document number (if any) for a whole annex or notice. */
export function clauseShortName(
  clauses: readonly CitableClause[],
  id: string,
  script: Script,
  meta: Pick<CitationMeta, 'docNumber' | 'annexes'>,
): string {
  const locator = clauseLocator(clauses, id, script);
  if (locator) return locator;
  const top = chainOf(clauses, id)[0];
  return top?.kind === 'att' ? annexLabel(top, meta.annexes.length, script) : (meta.docNumber ?? '');
}

/** 附件 when the notice has one annex, 附件2 when it has several (as the annex's own label prints it). */
function annexLabel(annex: CitableClause, annexCount: number, script: Script): string {
  return annexCount > 1 ? `${WORDS[script].annex}${ordinal(annex)}` : WORDS[script].annex;
}

/**
 * The citation of a clause: 《title》（文号）locator for the notice, 《annex title》（文号附件）locator
 * for a clause of an annex. Throws for an id that is not in the list.
 */
export function citeClause(clauses: readonly CitableClause[], meta: CitationMeta, id: string, script: Script): string {
  const chain = chainOf(clauses, id);
  const top = chain[0];
  const locator = clauseLocator(clauses, id, script);
  if (top?.kind === 'att') {
    const n = ordinal(top);
    const annex = meta.annexes[n - 1];
    if (!annex) throw new Error(`citation: the front matter has no annex ${n} for "${id}"`);
    // An annex is placed by its notice's number, or by the notice's title where it has none.
    const notice = meta.docNumber ?? `《${meta.title}》`;
    return `《${annex.title}》（${notice}${annexLabel(top, meta.annexes.length, script)}）${locator}`;
  }
  return `${documentReference(meta)}${locator}`;
}
