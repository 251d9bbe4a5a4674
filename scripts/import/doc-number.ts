/**
 * 文号 in the forms government documents print: 发改企业〔2007〕2897号; a 令's 示例市人民政府令第9号,
 * often printed as two lines (示例市人民政府令 / 第9号); a 公告's 2023年第1号. The front matter writes
 * each on one line, as lib/build/content/schema.ts accepts it.
 */

export interface DocNumber {
  /** As the front matter and :::preface write it. */
  text: string;
  kind: 'notice' | 'order' | 'announcement';
  /** A 令's issuing body, named before 令: 示例市人民政府令 → 示例市人民政府. */
  issuer?: string;
  /** Lines it takes on the page. */
  span: 1 | 2;
}

const NUMERAL = '[0-9零一二三四五六七八九十百千]+';
/** A 机关代字 has no spaces, colons or sentence marks: this keeps 文号：… lines of a page's info box out. */
const NAME = '[^\\s：:，。、]';
const NOTICE = new RegExp(`^${NAME}+〔\\d{4}〕\\d+号$`);
const ORDER = new RegExp(`^(${NAME}*令)[\\s　]*（?(第${NUMERAL}号)）?$`);
const ORDER_NAME = new RegExp(`^(${NAME}+令)$`);
const ORDER_SERIAL = new RegExp(`^（?(第${NUMERAL}号)）?$`);
const ANNOUNCEMENT = new RegExp(`^（?(${NAME}*\\d{4}年第\\d+号)）?$`);

function order(name: string, serial: string, span: 1 | 2): DocNumber {
  const issuer = name.replace(/令$/, '');
  return { text: `${name}${serial}`, kind: 'order', span, ...(issuer ? { issuer } : {}) };
}

/** The document number that starts at `texts[at]`, if one does. */
export function readDocNumber(texts: readonly string[], at: number): DocNumber | undefined {
  const text = texts[at] ?? '';
  if (NOTICE.test(text)) return { text, kind: 'notice', span: 1 };
  const single = ORDER.exec(text);
  if (single) return order(single[1] ?? '', single[2] ?? '', 1);
  const name = ORDER_NAME.exec(text);
  const serial = ORDER_SERIAL.exec(texts[at + 1] ?? '');
  if (name && serial) return order(name[1] ?? '', serial[1] ?? '', 2);
  const announcement = ANNOUNCEMENT.exec(text);
  if (announcement) return { text: announcement[1] ?? '', kind: 'announcement', span: 1 };
  return undefined;
}

/** The first document number before `limit` (where the document's text begins), with its index. */
export function findDocNumber(texts: readonly string[], limit: number): { at: number; number: DocNumber } | undefined {
  for (let at = 0; at <= Math.min(limit, texts.length - 1); at += 1) {
    const number = readDocNumber(texts, at);
    if (number) return { at, number };
  }
  return undefined;
}
