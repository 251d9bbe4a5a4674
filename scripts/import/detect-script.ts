/**
 * Which script a page is written in. A page is traditional when characters only traditional writes
 * (發, 產, 會) clearly outnumber characters only simplified writes (发, 产, 会); characters both write
 * the same (中, 人, 一) say nothing. OpenCC's own tables decide what counts as which.
 */
import * as OpenCC from 'opencc-js';
import { twToCn } from '../../lib/build/content/zh-hant.ts';

export type PageScript = 'zh-hans' | 'zh-hant';

export interface DetectedScript {
  script: PageScript;
  /** Occurrences of characters that only traditional text writes. */
  traditional: number;
  /** Occurrences of characters that only simplified text writes. */
  simplified: number;
}

const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const HAN = /\p{Script=Han}/u;
const verdicts = new Map<string, 'traditional' | 'simplified' | 'both'>();

/**
 * A character is traditional-only when converting it to simplified changes it and converting it to
 * traditional does not; 著, 乾 and 於 count here although simplified text uses them too, and 干, 后 and
 * 台 count as simplified although traditional text uses them too, which is why one side must win clearly.
 */
function verdict(char: string): 'traditional' | 'simplified' | 'both' {
  let known = verdicts.get(char);
  if (!known) {
    const toHans = twToCn(char) !== char;
    const toHant = cnToTw(char) !== char;
    known = toHans && !toHant ? 'traditional' : toHant && !toHans ? 'simplified' : 'both';
    verdicts.set(char, known);
  }
  return known;
}

/**
 * Traditional when its characters outnumber simplified ones two to one and there are at least two of
 * them: a simplified page that cites 《著作权法》 or links to a 繁體 version stays simplified.
 */
export function detectScript(text: string): DetectedScript {
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    if (!HAN.test(char)) continue;
    const kind = verdict(char);
    if (kind === 'traditional') traditional += 1;
    else if (kind === 'simplified') simplified += 1;
  }
  const script = traditional >= 2 && traditional > 2 * simplified ? 'zh-hant' : 'zh-hans';
  return { script, traditional, simplified };
}
