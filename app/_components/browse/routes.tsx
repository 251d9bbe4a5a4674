/**
 * The listing routes' static params, metadata and pages, one factory per kind of route, so each route
 * file under app/[script]/ (documents, years, issuers, types) is a few lines that name its facet.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { corpusEntries } from '@/lib/build/corpus';
import {
  allDocuments,
  facetListing,
  facetValues,
  findFacetValue,
  pageFromParam,
  pageParams,
  type Listing,
} from '@/lib/build/pages/listings';
import { facetIndexMetadata, listingMetadata } from '@/lib/build/pages/metadata';
import { isScript, type Facet } from '@/lib/shared/routes';
import { SCRIPTS, type Script } from '@/lib/shared/types';
import { FacetIndexView } from './FacetIndexView';
import { ListingView } from './ListingView';

type ScriptProps = { params: Promise<{ script: string }> };
type DocumentsProps = { params: Promise<{ script: string; page?: string[] }> };
type ValueProps = { params: Promise<{ script: string; value: string; page?: string[] }> };

async function scriptOf(props: ScriptProps): Promise<Script> {
  const { script } = await props.params;
  if (!isScript(script)) notFound();
  return script;
}

/** The listing page a URL names, or the 404 page: an unknown value, or a page number the list does not have. */
function pageOf(listing: Listing, param: string[] | undefined): number {
  const page = pageFromParam(listing, param);
  if (page === undefined) notFound();
  return page;
}

/** /zh-hans/documents/ and its later pages. */
export const documentsRoute = {
  generateStaticParams: () =>
    SCRIPTS.flatMap((script) => pageParams(allDocuments(corpusEntries())).map((params) => ({ script, ...params }))),
  async generateMetadata(props: DocumentsProps): Promise<Metadata> {
    const script = await scriptOf(props);
    const listing = allDocuments(corpusEntries());
    return listingMetadata(listing, script, pageOf(listing, (await props.params).page));
  },
  async Page(props: DocumentsProps) {
    const script = await scriptOf(props);
    const listing = allDocuments(corpusEntries());
    return <ListingView script={script} listing={listing} page={pageOf(listing, (await props.params).page)} />;
  },
};

/** /zh-hans/years/: every value of a facet with its count. */
export function facetIndexRoute(facet: Facet) {
  return {
    async generateMetadata(props: ScriptProps): Promise<Metadata> {
      return facetIndexMetadata(facet, facetValues(corpusEntries(), facet), await scriptOf(props));
    },
    async Page(props: ScriptProps) {
      const script = await scriptOf(props);
      return <FacetIndexView script={script} facet={facet} values={facetValues(corpusEntries(), facet)} />;
    },
  };
}

async function resolveValue(
  facet: Facet,
  props: ValueProps,
): Promise<{ script: Script; listing: Listing; page: number }> {
  const script = await scriptOf(props);
  const { value: slug, page } = await props.params;
  const value = findFacetValue(corpusEntries(), facet, slug);
  if (!value) notFound();
  const listing = facetListing(value);
  return { script, listing, page: pageOf(listing, page) };
}

/** /zh-hans/years/2007/ and its later pages: the documents with one value of a facet. */
export function facetValueRoute(facet: Facet) {
  return {
    generateStaticParams: () =>
      SCRIPTS.flatMap((script) =>
        facetValues(corpusEntries(), facet).flatMap((value) =>
          pageParams(facetListing(value)).map((params) => ({ script, value: value.slug, ...params })),
        ),
      ),
    async generateMetadata(props: ValueProps): Promise<Metadata> {
      const { script, listing, page } = await resolveValue(facet, props);
      return listingMetadata(listing, script, page);
    },
    async Page(props: ValueProps) {
      const { script, listing, page } = await resolveValue(facet, props);
      return <ListingView script={script} listing={listing} page={page} />;
    },
  };
}
