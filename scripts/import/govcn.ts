/**
 * The importer's entry points. `importPage` (page.ts) returns the Markdown with its report;
 * `importGovCn` returns the Markdown alone, as the first importer did for the gov.cn gateway page.
 */
import { importPage, type ImportOptions } from './page.ts';

export { importPage, type ImportOptions, type ImportResult } from './page.ts';
export { ImportError, type Unplaced } from './types.ts';

/** The content file's Markdown for a saved page (see importPage for the report of unplaced lines). */
export const importGovCn = (page: string, options: ImportOptions): string => importPage(page, options).markdown;
