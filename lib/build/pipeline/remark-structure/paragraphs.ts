/**
 * Paragraphs that open levels: an article (第五条　…, whose number becomes its heading), a new 款 inside
 * an article, a 项 （一） inside a 款 and a 目 1． inside a 项 or an item. Any other paragraph is text
 * of the innermost open level.
 */
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fail } from '../../content/messages.ts';
import { markPart } from './clause.ts';
import { LEVELS, type Level } from './levels.ts';
import { messages } from './messages.ts';
import { readNumber, splitNumber } from './numbering.ts';
import { appendBlock, headingDepth, inside, openLevel, type Outline } from './outline.ts';

/** An article number that is not plain text, or an inserted article (第五条之一), would be read as a 款. */
const ARTICLE_LIKE = /^第[零一二三四五六七八九十百千]+条(之[零一二三四五六七八九十]+)?(?=[\s　]|$)/;

function rejectUnreadableArticle(outline: Outline, paragraph: Paragraph): void {
  const match = ARTICLE_LIKE.exec(toString(paragraph));
  if (!match) return;
  if (match[1]) fail(outline.structure.file, messages.insertedArticle(match[0]), paragraph);
  fail(outline.structure.file, messages.styledArticleNumber(match[0]), paragraph);
}

/** A level whose number stays at the start of its first paragraph (项, 目). */
function openNumberedParagraph(
  outline: Outline,
  level: Level,
  paragraph: Paragraph,
  value: number,
  printed: string,
): void {
  const node = openLevel(outline, level, paragraph, value);
  paragraph.children.unshift(splitNumber(paragraph, printed));
  node.blocks.push(paragraph);
}

/** A new 款 of the innermost article, starting with this paragraph. */
function openParagraph(outline: Outline, paragraph: Paragraph): void {
  const article = inside(outline, 'article');
  const count = (article?.counts.get('paragraph') ?? 0) + 1;
  openLevel(outline, LEVELS.paragraph, paragraph, count).blocks.push(paragraph);
}

function openArticle(outline: Outline, paragraph: Paragraph, value: number, printed: string): void {
  const node = openLevel(outline, LEVELS.article, paragraph, value);
  const num = splitNumber(paragraph, printed, true);
  node.heading = markPart(
    { type: 'heading', depth: headingDepth(node.rendered), children: [num], position: paragraph.position },
    'heading',
  );
  if (paragraph.children.length > 0) openParagraph(outline, paragraph);
}

function addToArticle(outline: Outline, paragraph: Paragraph): void {
  const point = readNumber(paragraph, LEVELS.point);
  if (point && inside(outline, 'paragraph')) {
    return openNumberedParagraph(outline, LEVELS.point, paragraph, point.value, point.printed);
  }
  const subpoint = readNumber(paragraph, LEVELS.subpoint);
  if (subpoint && inside(outline, 'point')) {
    return openNumberedParagraph(outline, LEVELS.subpoint, paragraph, subpoint.value, subpoint.printed);
  }
  openParagraph(outline, paragraph);
}

/** Places a paragraph in the outline. */
export function addParagraph(outline: Outline, paragraph: Paragraph): void {
  const article = readNumber(paragraph, LEVELS.article);
  if (article) return openArticle(outline, paragraph, article.value, article.printed);
  rejectUnreadableArticle(outline, paragraph);
  if (inside(outline, 'article')) return addToArticle(outline, paragraph);
  const subpoint = inside(outline, 'item') && readNumber(paragraph, LEVELS.subpoint);
  if (subpoint) return openNumberedParagraph(outline, LEVELS.subpoint, paragraph, subpoint.value, subpoint.printed);
  appendBlock(outline, paragraph);
}
