/**
 * The 复制引用 disclosure: one list of citation formats for the whole page, moved under whichever clause's
 * 复制引用 button opened it (one list, not one per clause, keeps the DOM and the HTML small). The button
 * carries aria-expanded; the list opens with focus on its first format, arrow keys move between formats,
 * Escape closes it and gives focus back to the button, and a click or Tab elsewhere closes it.
 */
import { CITE_FORMATS, type CiteFormat } from '@/lib/shared/citation-formats';
import type { Script } from '@/lib/shared/types';
import { READER_TEXT } from '@/lib/shared/ui/reader-text';

export const CITE_MENU_ID = 'cite-menu';

/** The list, built once: a labelled group of buttons, one per format. */
function buildPanel(script: Script): HTMLElement {
  const panel = document.createElement('div');
  panel.id = CITE_MENU_ID;
  panel.className = 'cite-menu';
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', READER_TEXT[script].citeMenu);
  panel.hidden = true;
  for (const format of CITE_FORMATS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.format = format;
    button.append(READER_TEXT[script].citeFormats[format]);
    panel.append(button);
  }
  return panel;
}

/** The format button an arrow key moves to from the focused one (wrapping); Home and End go to the ends. */
export function nextIndex(current: number, count: number, key: string): number | null {
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key === 'ArrowDown') return current < 0 ? 0 : (current + 1) % count;
  if (key === 'ArrowUp') return current < 0 ? count - 1 : (current - 1 + count) % count;
  return null;
}

/**
 * Starts the disclosure. `choose` copies the format for the clause whose button opened the list; the
 * list closes and focus returns to that button, so the reader stays where they were.
 */
export function startCiteMenu(
  script: Script,
  choose: (format: CiteFormat, trigger: HTMLButtonElement) => void,
): {
  toggle: (trigger: HTMLButtonElement) => void;
} {
  const panel = buildPanel(script);
  let trigger: HTMLButtonElement | null = null;
  const buttons = (): HTMLButtonElement[] => [...panel.querySelectorAll<HTMLButtonElement>('button')];

  const close = (returnFocus: boolean): void => {
    if (!trigger) return;
    const opener = trigger;
    trigger = null;
    panel.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
    if (returnFocus) opener.focus();
  };
  const open = (button: HTMLButtonElement): void => {
    close(false);
    trigger = button;
    // Right after the button's row of actions, so it is positioned against that row and read after it.
    button.parentElement?.append(panel);
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    buttons()[0]?.focus();
  };

  panel.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-format]') : null;
    const format = CITE_FORMATS.find((f) => f === button?.dataset.format);
    if (!format || !trigger) return;
    const opener = trigger;
    close(true);
    choose(format, opener);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
      return;
    }
    const list = buttons();
    const current = list.findIndex((button) => button === document.activeElement);
    const index = nextIndex(current, list.length, event.key);
    if (index === null) return;
    event.preventDefault();
    list[index]?.focus();
  });
  // Focus leaving the list (Tab, a click elsewhere) closes it where focus went.
  panel.addEventListener('focusout', (event) => {
    const to = event.relatedTarget;
    if (!(to instanceof Node) || (!panel.contains(to) && to !== trigger)) close(false);
  });
  document.addEventListener('click', (event) => {
    if (trigger && event.target instanceof Node && !panel.contains(event.target) && event.target !== trigger)
      close(false);
  });

  return { toggle: (button) => (trigger === button ? close(true) : open(button)) };
}
