/**
 * Turns the text of a gov.cn page (as served by its traditional-character gateway) into a
 * content Markdown file: strips the page furniture, converts tw→cn at character level,
 * applies the corrections list, normalises punctuation and detects the numbering.
 */
import { stringify } from 'yaml';
import { parseChineseNumeral } from '../../lib/shared/chinese-numerals.ts';
import { twToCn } from '../../lib/build/content/zh-hant.ts';
import type { FrontMatter } from '../../lib/build/content/schema.ts';
import { CORRECTIONS } from './corrections.ts';

export interface ImportOptions {
  /** The page's own address (the simplified original, not the gateway). */
  url: string;
  /** The provenance copy's file name, relative to the document folder. */
  sourceFile: string;
}

/** Thrown when the page does not have the shape of a gov.cn document page. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/**
 * Half-width punctuation the gateway substitutes for the issued full-width forms.
 * Digits, Latin letters and % stay half-width, as Chinese official documents print them.
 */
const PUNCTUATION: ReadonlyArray<[RegExp, string]> = [
  [/,/g, '，'],
  [/:/g, '：'],
  [/;/g, '；'],
  [/\?/g, '？'],
  [/!/g, '！'],
  [/\(/g, '（'],
  [/\)/g, '）'],
  // 发文字号: the year goes in 六角括号 〔〕 (GB/T 9704-2012), which the gateway writes as [ ].
  [/\[(\d{4})\]/g, '〔$1〕'],
];

/** Lines from which on everything is the portal's page furniture (related links, promos). */
const FURNITURE_END = /^(相关链结|相关链接|图片图表|栏目推荐)$/;
const DOC_NUMBER = /^\S+〔\d{4}〕\d+号$/;
const SIGNED_DATE = /^([〇一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/;
const PUBLISHED = /(\d{4})年(\d{2})月(\d{2})日\s+来源：(\S+)/;
const PART = /^[一二三四五六七八九十]+、/;
const ITEM = /^（[一二三四五六七八九十]+）/;
const ANNEX_LABEL = /^附件\d*：$/;
const ANNEX_REFERENCE = /^附件\d*：(.+)$/;

const CN_DIGITS = '〇一二三四五六七八九';

/** 二〇〇七 → 2007 (years are written digit by digit). */
const cnYear = (text: string): number => Number([...text].map((c) => CN_DIGITS.indexOf(c)).join(''));

const pad = (n: number): string => String(n).padStart(2, '0');

function normalise(line: string): string {
  let out = twToCn(line);
  for (const [pattern, replacement] of PUNCTUATION) out = out.replace(pattern, replacement);
  for (const correction of CORRECTIONS) out = out.split(correction.from).join(correction.to);
  // The page indents paragraphs with spaces and ends some with a no-break space.
  return out.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}

/** Splits an item line （一）标题。正文… into its run-in heading and its text. */
function splitItem(line: string, lineNo: number): [string, string] {
  const end = line.indexOf('。');
  if (end === -1 || end === line.length - 1)
    throw new ImportError(`line ${lineNo}: item "${line.slice(0, 20)}…" has no heading sentence followed by text`);
  return [line.slice(0, end + 1), line.slice(end + 1)];
}

/** Converts the page text to the content Markdown (front matter and body). */
export function importGovCn(pageText: string, options: ImportOptions): string {
  const lines = pageText.split(/\r?\n/).map((raw, i) => ({ text: normalise(raw), lineNo: i + 1 }));
  const published = lines.map((l) => PUBLISHED.exec(l.text)).find(Boolean);
  if (!published) throw new ImportError('no publication line (…年…月…日 来源：…) found in the page header');

  const start = lines.findIndex((l) => DOC_NUMBER.test(l.text));
  if (start === -1) throw new ImportError('no document number (…〔年份〕序号号) found');
  const stop = lines.findIndex((l, i) => i > start && FURNITURE_END.test(l.text));
  const blocks = lines.slice(start, stop === -1 ? undefined : stop).filter((l) => l.text !== '');

  const [docNumber, title, addressees, ...rest] = blocks;
  if (!docNumber || !title || !addressees)
    throw new ImportError('the document is too short: expected number, title and addressees');
  if (!addressees.text.endsWith('：'))
    throw new ImportError(`line ${addressees.lineNo}: expected the addressees line ending in ：`);

  const dateAt = rest.findIndex((l) => SIGNED_DATE.test(l.text));
  const date = rest[dateAt];
  const issuer = rest[dateAt - 1];
  if (dateAt < 1 || !date || !issuer)
    throw new ImportError('no issuer and 成文日期 (二〇〇七年十一月十三日) found after the body');
  const [, y = '', m = '', d = ''] = SIGNED_DATE.exec(date.text) ?? [];
  const body = rest.slice(0, dateAt - 1);
  const annexes = rest.slice(dateAt + 1);

  const md: string[] = [];
  md.push(':::preface', docNumber.text, '', `# ${title.text}`, ':::', '');
  md.push(':::preamble', addressees.text, ':::', '');
  let references = 0;
  for (const line of body) {
    const reference = ANNEX_REFERENCE.exec(line.text);
    // The notice's 附件：… line links to the annex it names (att_1, att_2 … in order).
    if (reference) references += 1;
    md.push(reference ? `附件：[${reference[1]}](#att_${references})` : line.text, '');
  }
  md.push(':::conclusions', issuer.text, '', date.text, ':::');

  const annexTitles: string[] = [];
  for (let i = 0; i < annexes.length; i++) {
    const line = annexes[i];
    if (!line) continue;
    if (ANNEX_LABEL.test(line.text)) {
      const annexTitle = annexes[i + 1];
      if (!annexTitle) throw new ImportError(`line ${line.lineNo}: 附件： label without a title`);
      if (annexTitles.length > 0) md.push(':::');
      annexTitles.push(annexTitle.text);
      md.push('', ':::attachment', line.text, '', `# ${annexTitle.text}`, '');
      i += 1;
    } else if (annexTitles.length === 0) {
      throw new ImportError(
        `line ${line.lineNo}: text after the date that is not in an annex: "${line.text.slice(0, 20)}…"`,
      );
    } else if (PART.test(line.text)) {
      md.push(`## ${line.text}`, '');
    } else if (ITEM.test(line.text)) {
      const [heading, text] = splitItem(line.text, line.lineNo);
      md.push(`### ${heading}`, '', text, '');
    } else {
      md.push(line.text, '');
    }
  }
  if (annexTitles.length > 0) {
    while (md.at(-1) === '') md.pop();
    md.push(':::');
  }

  const typeMatch = /(通知|意见|决定|通告|公告|办法|规定|批复|函)$/.exec(title.text);
  const frontMatter: FrontMatter = {
    title: title.text,
    docNumber: docNumber.text,
    issuer: issuer.text,
    type: typeMatch?.[1] ?? '通知',
    dateSigned: `${cnYear(y)}-${pad(parseChineseNumeral(m) ?? 0)}-${pad(parseChineseNumeral(d) ?? 0)}`,
    datePublished: `${published[1]}-${published[2]}-${published[3]}`,
    source: { url: options.url, publisher: '中央政府门户网站', file: options.sourceFile },
    annexes: annexTitles.map((t) => ({ title: t })),
  };
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${md.join('\n')}\n`;
}
