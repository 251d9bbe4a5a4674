/**
 * What a body placer knows as it reads a body line by line: the numbering style, which levels are
 * open and how many of each it has numbered, mirroring the build's outline
 * (lib/build/pipeline/remark-structure/outline.ts) so that what the importer writes, the build reads alike.
 */
import { formatChineseNumeral } from '../../lib/shared/chinese-numerals.ts';
import type { Numbered } from './levels.ts';
import { escapeText } from './markdown.ts';
import type { Line, Unplaced } from './types.ts';

export interface State {
  style?: 'notice' | 'regulation';
  books: number;
  chapters: number;
  sections: number;
  articles: number;
  points: number;
  parts: number;
  items: number;
  subpoints: number;
  inBook: boolean;
  inChapter: boolean;
  inArticle: boolean;
  inPoint: boolean;
  inPart: boolean;
  inItem: boolean;
}

export interface Placer {
  state: State;
  blocks: string[];
  unplaced: Unplaced[];
}

export interface PlacedBody {
  blocks: string[];
  unplaced: Unplaced[];
}

export const newState = (): State => ({
  books: 0,
  chapters: 0,
  sections: 0,
  articles: 0,
  points: 0,
  parts: 0,
  items: 0,
  subpoints: 0,
  inBook: false,
  inChapter: false,
  inArticle: false,
  inPoint: false,
  inPart: false,
  inItem: false,
});

export function paragraph(placer: Placer, text: string): void {
  placer.blocks.push(escapeText(text));
}

/** Reports a line that the importer could not place, and writes it as a plain paragraph. */
export function report(placer: Placer, line: Line, why: string, text = line.text): void {
  placer.unplaced.push({ line: line.line, text, why });
  paragraph(placer, text);
}

/** How the page prints a level's number, for messages. */
function printed(kind: Numbered['kind'], value: number): string {
  const cn = (): string => formatChineseNumeral(value);
  const forms: Record<Numbered['kind'], () => string> = {
    book: () => `第${cn()}编`,
    chapter: () => `第${cn()}章`,
    section: () => `第${cn()}节`,
    article: () => `第${cn()}条`,
    part: () => `${cn()}、`,
    item: () => `（${cn()}）`,
    subpoint: () => `${value}．`,
  };
  return forms[kind]();
}

export const outOfSequence = (opener: Numbered, expected: number): string =>
  `${printed(opener.kind, opener.value)} where ${printed(opener.kind, expected)} was expected`;

/** A new 款 of the open article: its 项 and 目 numbering restart. */
export function newParagraph(state: State): void {
  state.points = 0;
  state.inPoint = false;
  state.subpoints = 0;
}

/** Reports a line and writes it as text: in an article, as the build reads any plain paragraph, a new 款. */
export function reportAsText(placer: Placer, line: Line, why: string): void {
  if (placer.state.inArticle) newParagraph(placer.state);
  report(placer, line, why);
}
