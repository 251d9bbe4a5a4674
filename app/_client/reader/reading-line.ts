/**
 * Which clause the reader is reading: the deepest one whose top has passed the reading line, a
 * line a little way down the viewport. The scroll spy marks it in the navigator and the script
 * toggle carries it to the other script.
 */

export interface Viewport {
  /** window.innerHeight */
  height: number;
  /** window.scrollY */
  scrollY: number;
  /** The page's full height (document.documentElement.scrollHeight). */
  pageHeight: number;
}

/**
 * The reading line, in px from the top of the viewport. Normally just below where a #id lands
 * (scroll-margin 4rem, under the sticky bar), so arriving at a clause marks that clause and not the
 * next. At the very bottom of the page it is the bottom edge: the last clauses can never scroll up
 * to the normal line, and would otherwise never be marked or carried by the toggle.
 */
export function readingLine({ height, scrollY, pageHeight }: Viewport): number {
  const atBottom = scrollY + height >= pageHeight - 2;
  return atBottom ? height : Math.min(112, height * 0.25);
}

/**
 * The index of the last top (in document order) at or above the line, or -1 when none has reached
 * it. A null top (an element that is not on the page) is skipped. Tops are read lazily and the scan
 * stops at the first one below the line after a match: in document order the rest are lower still.
 */
export function lastPassed(tops: Iterable<number | null>, line: number): number {
  let found = -1;
  let index = 0;
  for (const top of tops) {
    if (top !== null) {
      if (top <= line) found = index;
      else if (found !== -1) break;
    }
    index += 1;
  }
  return found;
}

/** The viewport tops of elements, read one at a time as the consumer asks (null for a missing element). */
export function* topsOf(elements: Iterable<Element | null>): Generator<number | null> {
  for (const element of elements) yield element ? element.getBoundingClientRect().top : null;
}

/** The reading line for the window as it is now. */
export function currentReadingLine(): number {
  return readingLine({
    height: window.innerHeight,
    scrollY: window.scrollY,
    pageHeight: document.documentElement.scrollHeight,
  });
}

/** The clause being read now, if the reader has scrolled to one. */
export function clauseInView(): HTMLElement | undefined {
  const sections = Array.from(document.querySelectorAll<HTMLElement>('section.clause[id]'));
  return sections[lastPassed(topsOf(sections), currentReadingLine())];
}
