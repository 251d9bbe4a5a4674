/**
 * A notice's levels: 一、 parts as ## headings and （一） items as ### headings. An item's heading is
 * its first sentence, run into its text on the page (（三）壮大龙头企业，提高专业化协作水平。积极培育…);
 * the content file writes the sentence as the heading and the rest as its paragraph.
 */
import { outOfSequence, paragraph, reportAsText, type Placer } from './body-state.ts';
import type { Numbered } from './levels.ts';
import { placePoint } from './regulation.ts';
import { heading } from './markdown.ts';
import type { Line } from './types.ts';

type Part = Numbered<'part'>;
type Item = Numbered<'item'>;

/**
 * Heading and text of a run-in line: split after its first full stop. A line that is one sentence
 * (or a bare title such as 一、加强组织领导) is all heading, when text follows on the next line
 * (`followed`): a heading with nothing under it is an empty clause, which the build rejects.
 */
export function splitRunIn(text: string, followed: boolean): [string, string] | undefined {
  const end = text.indexOf('。');
  if (end !== -1 && end < text.length - 1) return [text.slice(0, end + 1), text.slice(end + 1)];
  const oneSentence = end === text.length - 1 || !/[，；：、]$/.test(text);
  return oneSentence && followed ? [text, ''] : undefined;
}

function writeRunIn(placer: Placer, depth: number, [head, rest]: [string, string]): void {
  placer.blocks.push(heading(depth, head));
  if (rest) paragraph(placer, rest);
}

/** 一、…: a part, numbered in its body. `followed`: text or items come after it. */
export function placePart(placer: Placer, line: Line, opener: Part, followed: boolean): void {
  const { state } = placer;
  if (state.style === 'regulation')
    return reportAsText(placer, line, 'a part 一、 in a body numbered with 第…条 articles');
  if (opener.value !== state.parts + 1) return reportAsText(placer, line, outOfSequence(opener, state.parts + 1));
  const runIn = splitRunIn(opener.text, followed);
  if (!runIn) return reportAsText(placer, line, `part ${opener.text.slice(0, 2)} with no text under it`);
  state.style = 'notice';
  state.parts = opener.value;
  state.inPart = true;
  state.items = 0;
  state.inItem = false;
  state.subpoints = 0;
  writeRunIn(placer, 2, runIn);
}

/** （一）…: a 项 inside an article, an item inside a notice's part; anywhere else, text. */
export function placeItem(placer: Placer, line: Line, opener: Item, followed: boolean): void {
  const { state } = placer;
  if (state.inArticle) return placePoint(placer, line, opener);
  if (state.style === 'regulation' || !state.inPart) {
    const where = state.style === 'regulation' ? 'outside an article' : 'outside a part 一、';
    return reportAsText(placer, line, `an item （一） ${where}`);
  }
  if (opener.value !== state.items + 1) return reportAsText(placer, line, outOfSequence(opener, state.items + 1));
  const runIn = splitRunIn(opener.text, followed);
  if (!runIn) return reportAsText(placer, line, 'an item （一） without a heading sentence (…。) or text under it');
  state.items = opener.value;
  state.inItem = true;
  state.subpoints = 0;
  writeRunIn(placer, 3, runIn);
}
