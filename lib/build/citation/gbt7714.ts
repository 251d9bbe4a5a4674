/**
 * GB/T 7714—2025《信息与文献　参考文献著录规则》 references of a policy document, written from the
 * standard's rules (sources in README, Citations):
 *
 * - Type: the 2025 edition has no code of its own for a 法规 or 规范性文件. [S] is for standards that carry
 *   a standard number (§8.9: "GB/T 3792—2021 信息与文献　资源描述[S]"), [A] for archival records held by
 *   an archive with their 档号 (§8.12); a document read on a web page is a 网页 (§8.11.3), [EB/OL].
 * - Format of a 网页 (§8.11.3.2): 主要责任者.题名:其他题名信息[EB/OL].(发布或更新日期)[引用日期].获取和访问路径.
 *   The 文号 is the 其他题名信息, after a colon, as a report's or a patent's number is (§8.8, §8.10).
 * - 责任者 (§7.1.4): a body's name as the source gives it, whole (Chinese names are not split by level):
 *   the front matter's issuer, e.g. 中华人民共和国国家发展和改革委员会.
 * - Dates (§7.5.4.2, §7.6): YYYY-MM-DD; the 发布日期 in ( ), the 引用日期 in [ ].
 * - Marks: the standard's own ". : [ ] ( ) //", with no space after them, as all its examples print them;
 *   the title keeps its own punctuation (〔〕《》). Every entry ends with "." (all of the standard's
 *   examples do, after a URL too), and a "." is never doubled.
 * - An annex is a contribution inside the notice (析出文献, §8.3.2): 析出责任者.析出题名[EB/OL]//主要责任者.题名:文号.…
 */
import type { FrontMatter } from '../content/schema.ts';

/** The blanks the browser fills (lib/shared/citation-formats.ts). */
const URL_BLANK = '%URL%';
const ACCESSED_BLANK = '%ACCESSED%';

type Meta = Pick<FrontMatter, 'title' | 'docNumber' | 'issuer' | 'datePublished' | 'annexes'>;

/** Ends a field with the standard's "." unless it already ends in a full stop of its own. */
function field(text: string): string {
  return /[.。．]$/.test(text) ? text : `${text}.`;
}

/** 题名:文号, or the title alone for a document without a number (no dangling colon). */
function titleWithNumber(meta: Meta): string {
  return meta.docNumber ? `${meta.title}:${meta.docNumber}` : meta.title;
}

/** The part every reference ends with: .(发布日期)[引用日期].URL. */
function datesAndUrl(meta: Meta): string {
  return field(`(${meta.datePublished})[${ACCESSED_BLANK}].${URL_BLANK}`);
}

/** The reference of the whole document (a 网页, [EB/OL]). */
export function gbtDocument(meta: Meta): string {
  return `${field(meta.issuer)}${titleWithNumber(meta)}[EB/OL].${datesAndUrl(meta)}`;
}

/** The reference of annex `n` (1-based) as a contribution to its notice. */
export function gbtAnnex(meta: Meta, n: number): string {
  const annex = meta.annexes[n - 1];
  if (!annex) throw new Error(`citation: the front matter has no annex ${n}`);
  return `${field(meta.issuer)}${annex.title}[EB/OL]//${field(meta.issuer)}${field(titleWithNumber(meta))}${datesAndUrl(meta)}`;
}
