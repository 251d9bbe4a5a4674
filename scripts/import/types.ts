/** What the importer's modules pass between them: the page's lines, and what could not be placed. */

/** One non-blank line of the page, normalised to simplified text, with its line number in the page file. */
export interface Line {
  /** 1-based, as an editor shows it: the report points the reader at the page file. */
  line: number;
  text: string;
}

/** A line the importer could not place in the document's structure: written as a plain paragraph and reported. */
export interface Unplaced {
  line: number;
  text: string;
  why: string;
}

/** Thrown when the page lacks what every document needs (a title, a 落款); the message says what was looked for. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** The line at `index` (found by a search over the same list), or an ImportError saying what is missing. */
export function lineAt(lines: readonly Line[], index: number, what: string): Line {
  const found = lines[index];
  if (!found) throw new ImportError(`no ${what} found`);
  return found;
}
