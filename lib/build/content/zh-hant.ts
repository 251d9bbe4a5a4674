/**
 * Build-time script conversion. Never import this from client code: OpenCC's cn→tw
 * dictionaries are about 450 KB gzip.
 */
import * as OpenCC from 'opencc-js';
import type { Overrides } from './schema.ts';

export type Override = Overrides['zhHant'][number];

/**
 * Simplified → traditional as readers in Taiwan expect (`to: 'tw'`), character level.
 * Never `twp`: its phrase localisation rewrites official vocabulary (产业集群→產業叢集, 信息→資訊).
 * Never `t`: it yields OpenCC's archaic standard forms (羣, 爲) that nobody reads today.
 */
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Traditional (Taiwan forms) → simplified. `from: 'tw'`, not `'t'`: with 't', 發揮著/隨著/著力
 * keep 著 where the simplified text writes 着 (measured on the gov.cn copy of 2007-2897).
 */
export const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });

export interface ZhHantConverter {
  convert: (text: string) => string;
  /** How often each override applied; an override that never applies is stale. */
  uses: Map<Override, number>;
}

/** cn→tw, then the document's overrides in order (each rewrites OpenCC's output). */
export function createZhHantConverter(overrides: readonly Override[]): ZhHantConverter {
  const uses = new Map<Override, number>(overrides.map((o) => [o, 0]));
  const convert = (text: string): string => {
    let out = cnToTw(text);
    for (const override of overrides) {
      const parts = out.split(override.from);
      uses.set(override, (uses.get(override) ?? 0) + parts.length - 1);
      out = parts.join(override.to);
    }
    return out;
  };
  return { convert, uses };
}
