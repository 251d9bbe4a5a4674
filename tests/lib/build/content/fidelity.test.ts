/**
 * Fidelity: the content, converted back to traditional, must equal the gov.cn page text except for
 * the differences this project documents, one by one; and the simplified content must equal an
 * independently proofread copy of the issued text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { overridesSchema } from '../../../../lib/build/content/schema.ts';
import { createZhHantConverter } from '../../../../lib/build/content/zh-hant.ts';
import { parse } from 'yaml';
import { contentBlocks, DOC_DIR } from '../../../helpers/content.ts';

const SOURCE = fs.readFileSync(path.join(DOC_DIR, 'gov-cn-big5-2007-12-05-content_825870.txt'), 'utf8');
const overrides = overridesSchema.parse(
  fs.existsSync(path.join(DOC_DIR, 'overrides.yaml'))
    ? parse(fs.readFileSync(path.join(DOC_DIR, 'overrides.yaml'), 'utf8'))
    : {},
);

/** Every way our zh-Hant text may differ from the gateway's page, with the reason and the count measured on this page. */
const DOCUMENTED_DIFFERENCES: ReadonlyArray<{ gateway: string | RegExp; ours: string; count: number; why: string }> = [
  {
    gateway: '産',
    ours: '產',
    count: 119,
    why: 'the gateway writes the Japanese-style variant U+7523; standard traditional is 產 U+7522',
  },
  {
    gateway: '污',
    ours: '汙',
    count: 7,
    why: 'OpenCC’s Taiwan standard form (教育部 standard 汙); the gateway kept 污',
  },
  {
    gateway: '仲介',
    ours: '中介',
    count: 1,
    why: 'the gateway localised 中介 to Taiwan vocabulary; the issued text reads 中介组织',
  },
  { gateway: '重復', ours: '重複', count: 1, why: 'standard traditional writes 重複 for 重复 (repeat)' },
  { gateway: '涌現', ours: '湧現', count: 1, why: 'standard traditional writes 湧現' },
  { gateway: '[2007]', ours: '〔2007〕', count: 1, why: 'official document numbers use 六角括号 〔〕' },
  { gateway: ',', ours: '，', count: 137, why: 'the issued text uses full-width punctuation' },
  { gateway: ':', ours: '：', count: 5, why: 'full-width punctuation' },
  { gateway: ';', ours: '；', count: 5, why: 'full-width punctuation' },
  { gateway: '(', ours: '（', count: 19, why: 'full-width punctuation' },
  { gateway: ')', ours: '）', count: 19, why: 'full-width punctuation' },
];

/** The document's text on the gateway page: from the document number to the last sentence, whitespace removed. */
function gatewayText(): string {
  const lines = SOURCE.split('\n');
  const start = lines.findIndex((l) => /\[2007\]2897號/.test(l));
  const end = lines.findIndex((l) => l.trim() === '相關鏈結');
  return lines
    .slice(start, end)
    .join('')
    .replace(/[\s\u00a0\u3000]/g, '');
}

describe('fidelity to the gov.cn page', () => {
  it('differs from the gateway text only by the documented differences, each applied exactly as often as measured', () => {
    const convert = createZhHantConverter(overrides.zhHant).convert;
    const ours = contentBlocks().map(convert).join('');
    let gateway = gatewayText();
    const applied: Record<string, number> = {};
    for (const diff of DOCUMENTED_DIFFERENCES) {
      const parts = gateway.split(diff.gateway);
      applied[String(diff.gateway)] = parts.length - 1;
      gateway = parts.join(diff.ours);
    }
    expect(applied).toEqual(Object.fromEntries(DOCUMENTED_DIFFERENCES.map((d) => [String(d.gateway), d.count])));
    // On a mismatch, show where: the first differing position with context on both sides.
    const at = [...ours].findIndex((c, i) => c !== [...gateway][i]);
    const context =
      at === -1
        ? ''
        : `ours: …${[...ours].slice(Math.max(0, at - 10), at + 10).join('')}… gateway: …${[...gateway].slice(Math.max(0, at - 10), at + 10).join('')}…`;
    expect(context).toBe('');
    expect(ours.length).toBe(gateway.length);
  });

  it('zh-Hant uses standard traditional forms, not the gateway’s 産 nor OpenCC’s archaic 羣/爲/僞', () => {
    const convert = createZhHantConverter(overrides.zhHant).convert;
    const ours = contentBlocks().map(convert).join('');
    expect(ours).toContain('產業集群');
    expect(ours).not.toMatch(/[産羣爲僞]/);
  });
});

describe('fidelity to the issued text', () => {
  it('the simplified content equals the independently proofread copy, block by block', () => {
    const proofread = fs
      .readFileSync(path.join(process.cwd(), 'tests/fixtures/ndrc-2007-2897.proofread.txt'), 'utf8')
      .trim()
      .split('\n');
    expect(contentBlocks()).toEqual(proofread);
  });
});
