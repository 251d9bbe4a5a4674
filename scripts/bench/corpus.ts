/**
 * A synthetic corpus for the scale benchmark: N documents with distinct texts, made by recombining the
 * sentences of the real documents (the 2897 notice and the fixture documents) into new parts, items
 * and articles, with varied years, issuers, 文种 and numbering. Every document passes the build's checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatChineseNumeral } from '../../lib/shared/chinese-numerals.ts';

const ISSUERS = [
  '国家发展和改革委员会',
  '工业和信息化部',
  '财政部',
  '商务部',
  '科学技术部',
  '生态环境部',
  '自然资源部',
  '交通运输部',
  '农业农村部',
  '国家市场监督管理总局',
  '示例省人民政府',
  '示例市人民政府',
];
const CODES = [
  '发改企业',
  '工信部规',
  '财建',
  '商办',
  '国科发',
  '环发',
  '自然资规',
  '交规划',
  '农办',
  '国市监',
  '示政发',
  '示府办',
];
const NOTICE_TYPES = ['通知', '意见', '通告', '决定'] as const;
const REGULATION_TYPES = ['办法', '规定', '细则'] as const;
const TOPICS = [
  '促进产业集群发展',
  '推进园区高质量建设',
  '加强中小企业服务',
  '规范项目管理',
  '推动绿色低碳发展',
  '提升自主创新能力',
];

/** A small seeded generator (mulberry32), so a corpus of N is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(list: readonly T[]) => T;

/** The sentences of the real documents' bodies (。 and ； end a sentence), without numbering or markup. */
export function sentencePool(dirs: readonly string[]): string[] {
  const sentences = new Set<string>();
  for (const dir of dirs) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name, 'index.md');
      if (!entry.isDirectory() || !fs.existsSync(file)) continue;
      const body = fs.readFileSync(file, 'utf8').split('\n---\n').slice(1).join('\n');
      for (const line of body.split('\n')) {
        if (/^(:::|#|\||附件|\[|$)/.test(line)) continue;
        const text = line
          .replace(/^第[零一二三四五六七八九十百]+条[　 ]/, '')
          .replace(/^（[一二三四五六七八九十]+）|^\d+．/, '');
        for (const sentence of text.match(/[^。；]+[。；]/g) ?? [])
          if (sentence.length >= 8) sentences.add(sentence.trim());
      }
    }
  }
  return [...sentences];
}

/** A paragraph of 2–4 sentences, ending with a full stop. */
function paragraph(pick: Pick, pool: readonly string[], rand: () => number): string {
  const count = 2 + Math.floor(rand() * 3);
  const text = Array.from({ length: count }, () => pick(pool)).join('');
  return text.replace(/；$/, '。');
}

/** A heading: a clause of a sentence, cut at its first pause. */
function heading(pick: Pick, pool: readonly string[]): string {
  return (pick(pool).split(/[，。；：]/)[0] ?? '').slice(0, 24) || '总体要求';
}

function noticeBody(pick: Pick, pool: readonly string[], rand: () => number): string[] {
  const lines: string[] = [];
  const parts = 2 + Math.floor(rand() * 3);
  for (let p = 1; p <= parts; p++) {
    lines.push(`## ${formatChineseNumeral(p)}、${heading(pick, pool)}`, '', paragraph(pick, pool, rand), '');
    const items = Math.floor(rand() * 4);
    for (let i = 1; i <= items; i++) {
      lines.push(`### （${formatChineseNumeral(i)}）${heading(pick, pool)}。`, '', paragraph(pick, pool, rand), '');
    }
  }
  return lines;
}

function regulationBody(pick: Pick, pool: readonly string[], rand: () => number): string[] {
  const lines: string[] = [];
  let article = 0;
  const chapters = 2 + Math.floor(rand() * 3);
  for (let c = 1; c <= chapters; c++) {
    lines.push(`## 第${formatChineseNumeral(c)}章　${heading(pick, pool).slice(0, 8)}`, '');
    const articles = 2 + Math.floor(rand() * 4);
    for (let a = 0; a < articles; a++) {
      article += 1;
      lines.push(`第${formatChineseNumeral(article)}条　${paragraph(pick, pool, rand)}`, '');
      if (rand() < 0.3) lines.push(paragraph(pick, pool, rand), '');
    }
  }
  return lines;
}

interface Identity {
  id: string;
  title: string;
  docNumber: string;
  issuer: string;
  type: string;
  date: string;
  regulation: boolean;
}

function identity(n: number, pick: Pick, rand: () => number): Identity {
  const issuerIndex = Math.floor(rand() * ISSUERS.length);
  const issuer = ISSUERS[issuerIndex] ?? '';
  const year = 2000 + Math.floor(rand() * 26);
  const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const regulation = rand() < 0.35;
  const type = regulation ? pick(REGULATION_TYPES) : pick(NOTICE_TYPES);
  const topic = pick(TOPICS);
  const title = regulation ? `${issuer}${topic}${type}（第${n}号）` : `${issuer}关于${topic}的${type}（第${n}号）`;
  const docNumber = `${CODES[issuerIndex] ?? '示发'}〔${year}〕${100 + n}号`;
  return { id: `bench-${year}-${n}`, title, docNumber, issuer, type, date, regulation };
}

function document(doc: Identity, body: string[]): string {
  const cn = (iso: string): string => {
    const [y, m, d] = iso.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  };
  return [
    '---',
    `title: ${doc.title}`,
    `docNumber: ${doc.docNumber}`,
    `issuer: ${doc.issuer}`,
    `type: ${doc.type}`,
    `dateSigned: ${doc.date}`,
    `datePublished: ${doc.date}`,
    'source:',
    `  url: https://www.example.gov.cn/${doc.id}.htm`,
    '  publisher: 示例门户网站',
    '  file: source.txt',
    '---',
    '',
    ':::preface',
    doc.docNumber,
    '',
    `# ${doc.title}`,
    ':::',
    '',
    ...body,
    ':::conclusions',
    doc.issuer,
    '',
    cn(doc.date),
    ':::',
    '',
  ].join('\n');
}

/** Writes N documents into `dir` (emptied first), from the sentences of the real documents in `sources`. */
export function writeCorpus(dir: string, count: number, sources: readonly string[]): void {
  fs.rmSync(dir, { recursive: true, force: true });
  // The folder exists even for count 0 (the 1-document run), because the build reads every CONTENT_DIR.
  fs.mkdirSync(dir, { recursive: true });
  const pool = sentencePool(sources);
  const rand = random(count * 7919 + 17);
  const pick: Pick = (list) => {
    const value = list[Math.floor(rand() * list.length)];
    if (value === undefined) throw new Error('empty list');
    return value;
  };
  for (let n = 1; n <= count; n++) {
    const doc = identity(n, pick, rand);
    const body = doc.regulation ? regulationBody(pick, pool, rand) : noticeBody(pick, pool, rand);
    const folder = path.join(dir, doc.id);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'index.md'), document(doc, [paragraph(pick, pool, rand), '', ...body]));
    fs.writeFileSync(path.join(folder, 'source.txt'), 'Synthetic document for the scale benchmark.\n');
  }
}
