/**
 * The folding table: OpenCC's character dictionaries grouped into classes of characters that search
 * treats as one (产産產, 污汙, 着著), limited to the characters a corpus uses. Build-only: it reads
 * OpenCC's dictionaries, and the browser gets only the groups.
 */
import { from as openccFrom, to as openccTo } from 'opencc-js/preset';
import type { DictLike } from 'opencc-js/core';
import { SEARCH_FORMAT } from '../../shared/search/options.ts';
import type { FoldTableFile } from '../../shared/search/schema.ts';
import type { Script } from '../../shared/types.ts';
import type { LoadedDocument } from '../corpus/index.ts';

/** Every single-character pair in a dictionary ("产 產|…" strings or [from, to] pairs). */
function characterPairs(dict: DictLike): [string, string][] {
  const entries: readonly (readonly [string, string])[] =
    typeof dict === 'string'
      ? dict.split('|').map((entry) => {
          const [key = '', value = ''] = entry.split(' ');
          return [key, value] as const;
        })
      : dict;
  const single = (s: string): boolean => s.length === 1; // BMP only: folding must keep string lengths
  return entries
    .filter(([key, value]) => single(key) && single(value) && key !== value)
    .map(([key, value]) => [key, value]);
}

/**
 * OpenCC's character dictionaries used for folding: simplified⇄traditional (cn), and the Taiwan and
 * Hong Kong variant tables both ways (著/着, 汙/污, 羣/群, 峯/峰 …). Japanese shinjitai are left out:
 * they would merge unrelated Chinese characters (芸 is shinjitai for 藝 but a plant in Chinese).
 */
const FOLD_LOCALES = ['cn', 'tw', 'hk'] as const;

function openccCharacterPairs(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const locale of FOLD_LOCALES) {
    for (const groups of [openccFrom[locale], openccTo[locale]]) {
      for (const group of groups ?? []) for (const dict of group) pairs.push(...characterPairs(dict));
    }
  }
  return pairs;
}

/** Characters equivalent under OpenCC's single-character mappings (union-find over both directions). */
function equivalenceClasses(pairs: readonly [string, string][]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let root = c;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(c, root);
    return root;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const classes = new Map<string, string[]>();
  for (const c of parent.keys()) {
    const root = find(c);
    classes.set(root, [...(classes.get(root) ?? []), c]);
  }
  return classes;
}

/**
 * The folding table, limited to the corpus: for every character the documents use (in either
 * script), its whole equivalence class folds to one canonical character, preferring the form the
 * simplified text uses. Query characters outside the corpus cannot match anything anyway, except
 * variants of corpus characters, which the classes include (産 and 產 both fold to 产).
 */
export function buildFoldTable(docs: readonly LoadedDocument[]): FoldTableFile {
  return { v: SEARCH_FORMAT, groups: foldGroups(docs) };
}

/** Everything the documents print in one script: titles, 文号, numbers, headings and text. */
function corpusText(docs: readonly LoadedDocument[], script: Script): string {
  return docs
    .flatMap((doc) => [
      doc.variants[script].meta.title,
      doc.variants[script].meta.docNumber ?? '',
      ...doc.variants[script].clauses.flatMap((c) => [c.num, c.heading, c.text]),
    ])
    .join('');
}

let classesOnce: Map<string, string[]> | undefined;

/** The folding groups limited to the characters the documents use, as the search files carry them. */
export function foldGroups(docs: readonly LoadedDocument[]): string {
  const hans = new Set(corpusText(docs, 'zh-hans'));
  const corpus = new Set([...hans, ...corpusText(docs, 'zh-hant')]);
  // The classes come from OpenCC's whole dictionary: built once, whatever the number of documents.
  classesOnce ??= equivalenceClasses(openccCharacterPairs());
  const groups: string[] = [];
  for (const members of classesOnce.values()) {
    if (!members.some((c) => corpus.has(c))) continue;
    const sorted = [...members].sort();
    const canonical = sorted.find((c) => hans.has(c)) ?? sorted.find((c) => corpus.has(c)) ?? sorted[0] ?? '';
    groups.push(canonical + sorted.filter((c) => c !== canonical).join(''));
  }
  return groups.sort().join(' ');
}
