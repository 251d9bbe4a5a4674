/** "/" and Ctrl/⌘+K focus the search box from anywhere on the page. */

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Whether a key press asks for the search box: "/" outside text fields (where it is text), or Ctrl/⌘+K anywhere. */
export function isSearchShortcut({ key, ctrlKey, metaKey, altKey }: KeyPress, inTextField: boolean): boolean {
  const slash = key === '/' && !ctrlKey && !metaKey && !altKey && !inTextField;
  const commandK = key.toLowerCase() === 'k' && (ctrlKey || metaKey) && !altKey;
  return slash || commandK;
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Focuses `input` on the shortcut. */
export function focusOnShortcut(input: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event, isTextField(event.target))) return;
    event.preventDefault();
    // No scroll to the top of the page: while it holds focus the header sticks to the top of the
    // viewport (globals.css), so the reader keeps their place in the text.
    input.focus({ preventScroll: true });
    input.select();
  });
}
