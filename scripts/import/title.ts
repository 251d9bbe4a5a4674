/** The title and 文种 of a document, and the lines that open its text (addressees, a first sentence). */
import { DOCUMENT_TYPES } from '../../lib/build/content/schema.ts';

/** Longest first, so 命令 wins over 令. */
const TYPES = [...DOCUMENT_TYPES].sort((a, b) => b.length - a.length);
/** A title ends with its 文种, perhaps followed by a note in brackets: …管理办法（试行）. */
const TITLE_END = new RegExp(`(${TYPES.join('|')})(?:（[^）]*）)?$`);
const OPENER = /^第[零一二三四五六七八九十百千]+[章条][\s　]/;
/** A numbered line (第一章　…, 一、…, （一）…, 1．…) is a heading of the text, never the document's title. */
const NUMBERED =
  /^(?:第[零一二三四五六七八九十百千]+[编章节条]|[零一二三四五六七八九十]+、|（[零一二三四五六七八九十]+）|\d)/;

/** 文种 from the title's last word; undefined when the title ends with none of DOCUMENT_TYPES. */
export const documentType = (title: string): string | undefined => TITLE_END.exec(title)?.[1];

/** A line that could be a document's title: it ends with a 文种 and is not a sentence or a labelled field. */
export const isTitleLike = (text: string): boolean => isTitleShaped(text) && TITLE_END.test(text);

/** One line that is not a sentence, a labelled field, a numbered heading or a note in brackets. */
export const isTitleShaped = (text: string): boolean =>
  text.length >= 4 &&
  text.length <= 150 &&
  !/[\t：:。；！？]|，$/.test(text) &&
  !NUMBERED.test(text) &&
  !/^（.*）$/.test(text);

/** 主送机关: 各区发展改革局，市有关单位： (a line ending with ：, which is not a sentence introducing a list). */
export const isAddressees = (text: string): boolean =>
  text.endsWith('：') && text.length <= 300 && !/[。；\t]/.test(text) && !/如下：$/.test(text);

/** A line that can only be the document's text: its addressees, a sentence, or a 第一章/第一条. */
export const isBodyStart = (text: string): boolean =>
  isAddressees(text) || (text.length >= 8 && /[。；：]$/.test(text) && !text.includes('\t')) || OPENER.test(text);
