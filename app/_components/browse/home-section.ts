import type { CorpusEntry } from '@/lib/build/corpus';
import type { Script } from '@/lib/shared/types';

/** What each section of a home page (LatestDocuments, WaysIn) is given. */
export interface HomeSectionProps {
  script: Script;
  entries: readonly CorpusEntry[];
  /** The section's heading level; its sub-headings sit one below. */
  headingLevel: 2 | 3;
  /** The id of the heading of the section this sits in, when a page has one per script: its name leads. */
  within?: string;
}
