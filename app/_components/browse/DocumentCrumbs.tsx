import type { CorpusEntry } from '@/lib/build/corpus';
import { SITE_NAME } from '@/lib/build/pages/metadata';
import { listedYear, yearLabel } from '@/lib/build/pages/listings';
import { facetPath, scriptHomePath } from '@/lib/shared/routes';
import type { Script } from '@/lib/shared/types';
import type { Crumb } from './Crumbs';

/** The listings above a document: the script's home, then its year (政策文件 › 2007年 › …). */
export function documentTrail(script: Script, entry: Pick<CorpusEntry, 'datePublished'>): Crumb[] {
  const year = listedYear(entry);
  return [
    { label: SITE_NAME[script], href: scriptHomePath(script) },
    { label: yearLabel(year), href: facetPath(script, 'years', year) },
  ];
}
