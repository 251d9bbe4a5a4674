/**
 * A regulation's levels (立法法: 编、章、节、条、款、项、目). 编、章、节 are headings, one level
 * below what holds them; an article is a paragraph starting 第…条　; each further paragraph of an
 * article is a 款, （一） inside it a 项 and 1． inside a 项 a 目.
 */
import { newParagraph, outOfSequence, paragraph, report, reportAsText, type Placer, type State } from './body-state.ts';
import type { Numbered } from './levels.ts';
import { heading } from './markdown.ts';
import type { Line } from './types.ts';

type Division = Numbered<'book' | 'chapter' | 'section'>;

/** The division's number in its scope (chapters restart in each 编, sections in each 章), and its heading depth. */
function divisionPlace(placer: Placer, kind: Division['kind']): { count: number; depth: number } {
  const { state } = placer;
  const chapterDepth = state.books > 0 ? 3 : 2;
  if (kind === 'book') return { count: state.books, depth: 2 };
  if (kind === 'chapter') return { count: state.chapters, depth: chapterDepth };
  return { count: state.sections, depth: chapterDepth + 1 };
}

function openDivision(state: State, kind: Division['kind'], value: number): void {
  state.style = 'regulation';
  if (kind === 'book') {
    state.books = value;
    state.inBook = true;
    state.chapters = 0;
    state.inChapter = false;
  }
  if (kind === 'chapter') {
    state.chapters = value;
    state.inChapter = true;
  }
  state.sections = kind === 'section' ? value : 0;
  state.inArticle = false;
  newParagraph(state);
}

/** 第一编, 第一章　总则, 第一节　规划 as headings at their depth. */
export function placeDivision(placer: Placer, line: Line, opener: Division): void {
  const { state } = placer;
  if (state.style === 'notice') return reportAsText(placer, line, `${opener.text} in a body numbered with 一、 parts`);
  if (opener.kind === 'section' && !state.inChapter) return reportAsText(placer, line, '第…节 outside a 章');
  const { count, depth } = divisionPlace(placer, opener.kind);
  if (opener.value !== count + 1) return reportAsText(placer, line, outOfSequence(opener, count + 1));
  openDivision(state, opener.kind, opener.value);
  placer.blocks.push(heading(depth, opener.text));
}

/** 第…条　…: numbered through the whole body. The build reads every such paragraph as an article. */
export function placeArticle(placer: Placer, line: Line, opener: Numbered<'article'>): void {
  const { state } = placer;
  const expected = state.articles + 1;
  const wrong =
    state.style === 'notice'
      ? 'an article 第…条 in a body numbered with 一、 parts (the build stops on it: restructure the body)'
      : opener.inserted
        ? 'an inserted article (第…条之…) has no id in the content format (the build stops on it)'
        : opener.value !== expected
          ? `${outOfSequence(opener, expected)} (the build stops on it: articles number through the body)`
          : undefined;
  state.style ??= 'regulation';
  state.articles = opener.value;
  state.inArticle = true;
  newParagraph(state);
  if (wrong) return report(placer, line, wrong, opener.text);
  paragraph(placer, opener.text);
}

/** （一） in an article: a 项 of its 款. The build reads it so wherever it stands in the article. */
export function placePoint(placer: Placer, line: Line, opener: Numbered<'item'>): void {
  const { state } = placer;
  const expected = state.points + 1;
  state.points = opener.value;
  state.inPoint = true;
  state.subpoints = 0;
  if (opener.value !== expected) {
    return report(placer, line, `${outOfSequence(opener, expected)} in this 款 (the build stops on it)`);
  }
  paragraph(placer, opener.text);
}

/** 1． in a 项 (or a notice's item): a 目. Outside a 项 in an article, the build reads it as a new 款. */
export function placeSubpoint(placer: Placer, line: Line, opener: Numbered<'subpoint'>): void {
  const { state } = placer;
  if (!state.inPoint && !state.inItem) {
    const where = state.inArticle ? ' (kept as a new 款)' : '';
    return reportAsText(placer, line, `a 目 1． outside a 项 or an item${where}`);
  }
  const expected = state.subpoints + 1;
  state.subpoints = opener.value;
  if (opener.value !== expected) {
    return report(placer, line, `${outOfSequence(opener, expected)} (the build stops on it)`);
  }
  paragraph(placer, opener.text);
}
