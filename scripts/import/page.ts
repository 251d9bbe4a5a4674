/**
 * Imports a saved page (www.gov.cn, its traditional gateway, a ministry's or a city's portal) as a
 * content file: detects the script, normalises the text to simplified, strips the site's furniture,
 * finds the document's parts and levels, and reports every line it could not place.
 */
import { splitReferences, writeReferences } from './annexes.ts';
import { placeBody } from './body.ts';
import { detectScript, type DetectedScript } from './detect-script.ts';
import { frontMatterYaml } from './front-matter.ts';
import { locateOpening } from './locate.ts';
import { escapeText, heading, writeDocument } from './markdown.ts';
import { pageLines } from './normalise.ts';
import { publicationDate, publisher } from './page-facts.ts';
import { noticeLines, orderLines, type DocumentLines } from './shapes.ts';
import { documentType } from './title.ts';
import { ImportError, type Line, type Unplaced } from './types.ts';

export interface ImportOptions {
  /** The page's address, for source.url. */
  url: string;
  /** The provenance copy's file name, relative to the document folder, for source.file. */
  sourceFile: string;
}

export interface ImportResult {
  markdown: string;
  /** Lines written as plain paragraphs because the importer could not place them, in page order. */
  unplaced: Unplaced[];
  script: DetectedScript;
  /** Page lines dropped as the site's furniture (header, widgets, footer). */
  furniture: Line[];
  /** What the importer assumed, for the proofreader. */
  notes: string[];
}

const byLine = (a: Unplaced, b: Unplaced): number => a.line - b.line;
const asReported = (lines: readonly Line[], why: string): Unplaced[] =>
  lines.map((line) => ({ line: line.line, text: line.text, why }));

/** The body's Markdown: leftover opening lines, its text, the list of annexes and anything after that list. */
function bodyBlocks(doc: DocumentLines): { blocks: string[]; unplaced: Unplaced[] } {
  const { text, references, after } = splitReferences(doc.body);
  const placed = placeBody(text);
  const links = writeReferences(references, doc.annexes.length);
  const rest = placeBody(after);
  const leftover = asReported(doc.leftover, 'text between the title and the body');
  return {
    blocks: [...doc.leftover.map((line) => escapeText(line.text)), ...placed.blocks, ...links.blocks, ...rest.blocks],
    unplaced: [...leftover, ...placed.unplaced, ...links.unplaced, ...rest.unplaced],
  };
}

function frontMatter(doc: DocumentLines, furniture: readonly Line[], options: ImportOptions, notes: string[]): string {
  const title = doc.title.text;
  const type = doc.number?.kind === 'order' ? '令' : documentType(title);
  if (!type) throw new ImportError(`line ${doc.title.line}: the title does not end with a 文种: ${title}`);
  const datePublished = publicationDate(furniture);
  if (!datePublished) throw new ImportError('no publication date on the page (发布时间：…, or …年…月…日 来源：…)');
  const site = publisher(furniture, options.url);
  if (!site) notes.push('the page names no site (…门户网站): source.publisher is its host name; correct it');
  return frontMatterYaml({
    title,
    ...(doc.number ? { docNumber: doc.number.text } : {}),
    issuer: doc.number?.issuer ?? doc.closing.signers.join('、'),
    type,
    dateSigned: doc.closing.dateSigned,
    datePublished,
    url: options.url,
    publisher: site ?? (URL.canParse(options.url) ? new URL(options.url).hostname : options.url),
    file: options.sourceFile,
    annexTitles: doc.annexes.map((annex) => annex.title.text),
  });
}

/** Converts a page's text to a content file, with the report of what it could not place. */
export function importPage(page: string, options: ImportOptions): ImportResult {
  const script = detectScript(page);
  const lines = pageLines(page, script.script);
  const opening = locateOpening(lines.map((line) => line.text));
  const doc = opening.number?.kind === 'order' ? orderLines(lines, opening) : noticeLines(lines, opening);
  const notes: string[] = [];
  const body = bodyBlocks(doc);
  const annexes = doc.annexes.map((annex) => ({ annex, placed: placeBody(annex.body) }));
  const markdown = writeDocument({
    frontMatter: frontMatter(doc, doc.furniture, options, notes),
    preface: [...(doc.number ? [escapeText(doc.number.text)] : []), heading(1, doc.title.text)],
    ...(doc.addressees ? { preamble: [escapeText(doc.addressees.text)] } : {}),
    body: body.blocks,
    conclusions: [...doc.closing.lines, ...doc.stray].map((line) => escapeText(line.text)),
    attachments: annexes.map(({ annex, placed }) => ({
      label: annex.label,
      title: annex.title.text,
      body: placed.blocks,
    })),
  });
  const unplaced = [
    ...body.unplaced,
    ...asReported(doc.stray, 'text between the 落款 and the first annex (kept in :::conclusions)'),
    ...annexes.flatMap(({ placed }) => placed.unplaced),
  ].sort(byLine);
  return { markdown, unplaced, script, furniture: doc.furniture, notes };
}
