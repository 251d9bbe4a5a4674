/**
 * On phones the navigator (#toc-panel) is a modal dialog, opened by [data-action=toc-open] and closed
 * by [data-action=toc-close], Esc, a choice of entry, or the screen becoming wide enough for the side
 * panel. While open it keeps Tab inside itself.
 */
import { clickedControl } from './clicked-control';

/** The wide layout shows the navigator as a side panel; below it the panel is a dialog. Matches globals.css. */
const WIDE = '(min-width: 64rem)';

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

const DIALOG_ATTRIBUTES = [
  ['role', 'dialog'],
  ['aria-modal', 'true'],
  ['aria-labelledby', 'toc-title'],
] as const;

export interface Focus {
  /** The focused element's place among the dialog's controls, -1 when it is none of them. */
  index: number;
  /** Whether focus is inside the dialog at all. */
  inside: boolean;
}

/**
 * The control Tab should move to, or null to let the browser move focus: past the last control it
 * wraps to the first, before the first (Shift+Tab) to the last, and from outside the dialog it
 * comes back in.
 */
export function trappedFocus({ index, inside }: Focus, count: number, shift: boolean): number | null {
  if (count === 0) return null;
  if (shift) return index === 0 || !inside ? count - 1 : null;
  return index === count - 1 || !inside ? 0 : null;
}

/** Starts the phone dialog; `opened` brings the navigator up to date and returns the entry to focus. */
export function startNavigatorDialog(opened: () => HTMLElement | undefined): void {
  const panel = document.getElementById('toc-panel');
  if (!panel) return;
  const openButton = document.querySelector<HTMLButtonElement>('[data-action="toc-open"]');
  const isOpen = (): boolean => panel.classList.contains('is-open');
  const open = (): void => {
    if (window.matchMedia(WIDE).matches) return;
    show(panel, openButton, true);
    (opened() ?? panel.querySelector<HTMLElement>(FOCUSABLE))?.focus();
  };
  const close = (returnFocus: boolean): void => {
    if (!isOpen()) return;
    show(panel, openButton, false);
    if (returnFocus) openButton?.focus();
  };

  document.addEventListener('click', (event) => {
    const control = clickedControl(event);
    const action = control?.dataset.action;
    if (action === 'toc-open') open();
    else if (action === 'toc-close') close(true);
    // A choice in the open navigator: close it and let the link scroll to the clause.
    else if (!action && control instanceof HTMLAnchorElement && isOpen() && panel.contains(control)) close(false);
  });
  document.addEventListener('keydown', (event) => {
    if (!isOpen()) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      keepTabInside(panel, event);
    }
  });
  const wide = window.matchMedia(WIDE);
  wide.addEventListener('change', () => {
    if (wide.matches) close(false);
  });
}

/** Makes the panel a modal dialog, or the plain panel again, and locks the page behind it while open. */
function show(panel: HTMLElement, openButton: HTMLElement | null, open: boolean): void {
  panel.classList.toggle('is-open', open);
  for (const [name, value] of DIALOG_ATTRIBUTES) {
    if (open) panel.setAttribute(name, value);
    else panel.removeAttribute(name);
  }
  openButton?.setAttribute('aria-expanded', String(open));
  document.documentElement.classList.toggle('toc-locked', open);
}

/** Moves focus as trappedFocus says, among the dialog's visible controls. */
function keepTabInside(panel: HTMLElement, event: KeyboardEvent): void {
  const controls = Array.from(panel.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent !== null);
  const active = document.activeElement;
  const focus = { index: controls.findIndex((el) => el === active), inside: panel.contains(active) };
  const index = trappedFocus(focus, controls.length, event.shiftKey);
  const next = index === null ? undefined : controls[index];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
