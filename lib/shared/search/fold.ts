/**
 * Folding: maps text and queries to one form so simplified, traditional and variant characters
 * match each other. Client-safe; the table it reads is built from OpenCC at build time.
 */

export interface Folder {
  /** Folds text character by character; the result has exactly the input's length. */
  text: (text: string) => string;
  /** Folds a query (Unicode NFKC first, so ＯＢＭ and ％ become OBM and %) and splits it into terms. */
  terms: (query: string) => string[];
}

/** Builds a folder from the table's groups ("产産產 污汙 …"). */
export function createFolder(groups: string): Folder {
  // A full BMP lookup table (128 KB): folding is one array read per character (faster than a Map; README).
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  // Full-width ASCII (Ａ－～) to ASCII, so Ｏ and O match in text as NFKC makes them match in queries.
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = code - 0xfee0;
  for (const group of groups.split(' ')) {
    const canonical = group.charCodeAt(0);
    for (let i = 1; i < group.length; i++) table[group.charCodeAt(i)] = canonical;
  }
  // Latin case last, so full-width capitals fold to lower case too.
  for (let code = 0; code < 0x10000; code++) {
    const folded = table[code] ?? code;
    if (folded >= 0x41 && folded <= 0x5a) table[code] = folded + 0x20;
  }
  const fold = (input: string): string => {
    const out = new Uint16Array(input.length);
    for (let i = 0; i < input.length; i++) out[i] = table[input.charCodeAt(i)] ?? 0;
    // In slices: spreading a very long array into one call would overflow the argument limit.
    let text = '';
    for (let at = 0; at < out.length; at += 4096) text += String.fromCharCode(...out.subarray(at, at + 4096));
    return text;
  };
  const terms = (query: string): string[] => {
    const folded = fold(query.normalize('NFKC'));
    return [...new Set(folded.split(/\s+/u).filter((term) => term !== ''))];
  };
  return { text: fold, terms };
}
