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
  const map = new Map<number, number>();
  for (const group of groups.split(' ')) {
    const canonical = group.charCodeAt(0);
    for (let i = 1; i < group.length; i++) map.set(group.charCodeAt(i), canonical);
  }
  const fold = (input: string): string => {
    let out = '';
    for (let i = 0; i < input.length; i++) {
      let code = input.charCodeAt(i);
      const mapped = map.get(code);
      if (mapped !== undefined) code = mapped;
      // Full-width ASCII (Ａ－～) to ASCII, so Ｏ and O match in text as NFKC makes them match in queries.
      else if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
      if (code >= 0x41 && code <= 0x5a) code += 0x20;
      out += String.fromCharCode(code);
    }
    return out;
  };
  const terms = (query: string): string[] => {
    const folded = fold(query.normalize('NFKC'));
    return [...new Set(folded.split(/\s+/u).filter((term) => term !== ''))];
  };
  return { text: fold, terms };
}
