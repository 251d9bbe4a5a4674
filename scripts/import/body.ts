/**
 * Places a body's lines (the notice's own, an annex's, a 令's) in the content format, line by line:
 * each line opens the level its number says (levels.ts), where the build would read it so; tables
 * are gathered from their rows. What cannot be placed is written as a plain paragraph and reported.
 */
import { newParagraph, newState, paragraph, reportAsText, type Placer } from './body-state.ts';
import { classify, type Opener } from './levels.ts';
import { placeItem, placePart } from './notice.ts';
import { placeArticle, placeDivision, placeSubpoint } from './regulation.ts';
import { captionText, gfmTable, isRow } from './tables.ts';
import type { Line, Unplaced } from './types.ts';

export interface PlacedBody {
  blocks: string[];
  unplaced: Unplaced[];
}

/** Whether the next line gives a heading something to hold: text, a 目, a table, not another heading or the end. */
const holdsText = (next: Opener | undefined): boolean =>
  next !== undefined && ['text', 'caption', 'row', 'subpoint', 'item'].includes(next.kind);

/** Rows from `at` on, as a table (with the caption line before them, if any); returns the index after them. */
function placeTable(placer: Placer, lines: readonly Line[], at: number): number {
  let end = at;
  while (isRow(lines[end]?.text ?? '')) end += 1;
  const rows = lines.slice(at, end);
  const [first] = rows;
  if (rows.length === 1 && first) {
    reportAsText(placer, first, 'a single tab-separated line: kept as text, not as a one-row table');
  } else {
    placer.blocks.push(gfmTable(rows.map((row) => row.text)));
  }
  return end;
}

function placeLine(placer: Placer, line: Line, opener: Opener, next: Opener | undefined): void {
  switch (opener.kind) {
    case 'book':
    case 'chapter':
    case 'section':
      return placeDivision(placer, line, opener);
    case 'article':
      return placeArticle(placer, line, opener);
    case 'part':
      return placePart(placer, line, opener, holdsText(next));
    case 'item':
      return placeItem(placer, line, opener, holdsText(next) && next?.kind !== 'item');
    case 'subpoint':
      return placeSubpoint(placer, line, opener);
    default:
      if (placer.state.inArticle) newParagraph(placer.state);
      return paragraph(placer, opener.text);
  }
}

/** Places every line of one body; a body's numbering (and its style, 一、 or 第…条) is its own. */
export function placeBody(lines: readonly Line[]): PlacedBody {
  const placer: Placer = { state: newState(), blocks: [], unplaced: [] };
  for (let at = 0; at < lines.length;) {
    const line = lines[at];
    if (!line) break;
    const opener = classify(line.text);
    const nextLine = lines[at + 1];
    const next = nextLine && classify(nextLine.text);
    if (opener.kind === 'row' || (opener.kind === 'caption' && next?.kind === 'row')) {
      if (opener.kind === 'caption') paragraph(placer, captionText(opener.text));
      at = placeTable(placer, lines, opener.kind === 'caption' ? at + 1 : at);
      continue;
    }
    placeLine(placer, line, opener, next);
    at += 1;
  }
  return { blocks: placer.blocks, unplaced: placer.unplaced };
}
