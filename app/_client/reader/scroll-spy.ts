/**
 * The navigator follows the reading: aria-current="location" on the entry for the clause in view,
 * kept visible inside the navigator's own scroll area. An entry the reader arrived at (a #id in the
 * URL, a choice in the navigator) is pinned: it stays marked while its heading is on screen, even
 * where the page cannot scroll it up to the reading line (the last clauses).
 */
import { currentReadingLine, lastPassed, topsOf } from './reading-line';
import { clickedControl } from './clicked-control';
import { elementForHash } from './url-fragment';

/**
 * The pinned navigator entry, or null. `seen` becomes true once its heading has been on screen:
 * only then does leaving the screen end the pin, because the browser may scroll to a #id after
 * this script has run, and a navigator link's scroll follows its click.
 */
export type Pin = { index: number; seen: boolean } | null;

/** The pin after a frame in which the pinned heading was, or was not, on screen: pinned → seen → left (null). */
export function nextPin(pin: Pin, onScreen: boolean): Pin {
  if (!pin) return null;
  if (onScreen) return pin.seen ? pin : { index: pin.index, seen: true };
  return pin.seen ? null : pin;
}

/** A heading is on screen while its top is inside the viewport. */
export function topOnScreen(top: number, viewportHeight: number): boolean {
  return top >= 0 && top < viewportHeight;
}

/**
 * The navigator entry for a target: the target itself when the navigator lists it, else its nearest
 * ancestor that it lists (a paragraph's own id is not in the navigator, its item is); -1 for none.
 */
export function entryFor<T>(target: T | null, indexOf: (node: T) => number, parentOf: (node: T) => T | null): number {
  for (let node = target; node !== null; node = parentOf(node)) {
    const index = indexOf(node);
    if (index !== -1) return index;
  }
  return -1;
}

/** The entry to mark: the pinned one, else the last whose clause has passed the reading line, else the first. */
export function entryToMark(pin: Pin, tops: Iterable<number | null>, line: number): number {
  return pin ? pin.index : Math.max(lastPassed(tops, line), 0);
}

export interface ScrollBox {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
}

/**
 * Where to scroll the navigator so the marked entry shows (a third of the way down, with the entries
 * before it for context), or null when it shows already or the navigator does not scroll.
 * `entryTop` is measured from the top of the navigator's content.
 */
export function panelScrollFor(box: ScrollBox, entryTop: number, entryHeight: number): number | null {
  if (box.scrollHeight <= box.clientHeight) return null;
  const shows = entryTop >= box.scrollTop && entryTop + entryHeight <= box.scrollTop + box.clientHeight;
  return shows ? null : entryTop - box.clientHeight / 3;
}

const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/** Whether a key press is the reader scrolling by hand: a scrolling key pressed outside a text field. */
export function scrollsByHand(key: string, inTextField: boolean): boolean {
  return SCROLL_KEYS.has(key) && !inTextField;
}

export interface ScrollSpy {
  /** Marks the entry in view; the reader calls it at most once per frame. */
  update(): void;
  /** The navigator link marked now, if any. */
  current(): HTMLAnchorElement | undefined;
}

/** Starts following the reading; `changed` asks for an update on the next frame. */
export function startScrollSpy(changed: () => void): ScrollSpy {
  const nav = document.querySelector<HTMLElement>('[data-toc]');
  const links = nav ? Array.from(nav.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')) : [];
  const targets = links.map((link) => elementForHash(link.hash));
  let pin: Pin = null;
  let current: HTMLAnchorElement | undefined;

  const pinTo = (target: HTMLElement | null): void => {
    pin = pinFor(target, targets);
  };
  const update = (): void => {
    const pinned = pin && targets[pin.index];
    if (pinned) pin = nextPin(pin, topOnScreen(pinned.getBoundingClientRect().top, window.innerHeight));
    const link = links[entryToMark(pin, topsOf(targets), currentReadingLine())];
    if (!link || link === current) return;
    current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'location');
    current = link;
    if (nav) revealInPanel(nav, link);
  };

  const unpin = (): void => {
    if (!pin) return;
    pin = null;
    changed();
  };
  listenForPins(nav, pinTo, unpin);
  window.addEventListener('hashchange', () => {
    pinTo(elementForHash(location.hash));
    changed();
  });
  pinTo(elementForHash(location.hash));
  return { update, current: () => current };
}

/** A new pin for the entry of an arrival target (its own, or its enclosing clause's), or null. */
function pinFor(target: HTMLElement | null, targets: Array<HTMLElement | null>): Pin {
  const index = entryFor(
    target,
    (node) => targets.indexOf(node),
    (node) => node.parentElement?.closest<HTMLElement>('section.clause') ?? null,
  );
  return index === -1 ? null : { index, seen: false };
}

/**
 * Pins a navigator link's clause on click. The reader scrolling by hand (wheel, touch, keys) unpins,
 * even where the page cannot move (End at the foot of the page): from then on the clause in view is
 * the one marked.
 */
function listenForPins(nav: HTMLElement | null, pinTo: (target: HTMLElement | null) => void, unpin: () => void): void {
  window.addEventListener('wheel', unpin, { passive: true });
  window.addEventListener('touchmove', unpin, { passive: true });
  document.addEventListener('keydown', (event) => {
    const inTextField =
      event.target instanceof HTMLElement && !!event.target.closest('input, textarea, select, [contenteditable]');
    if (scrollsByHand(event.key, inTextField)) unpin();
  });
  document.addEventListener('click', (event) => {
    const control = clickedControl(event);
    // A navigator link to the hash already in the URL fires no hashchange: pin its clause here.
    if (control instanceof HTMLAnchorElement && nav?.contains(control)) pinTo(elementForHash(control.hash));
  });
}

/** Scrolls the navigator, never the page (scrollIntoView would move the page too), to show `link`. */
function revealInPanel(nav: HTMLElement, link: HTMLElement): void {
  const top = panelScrollFor(nav, link.offsetTop - nav.offsetTop, link.offsetHeight);
  if (top !== null) nav.scrollTop = top;
}
