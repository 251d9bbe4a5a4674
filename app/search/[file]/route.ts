/**
 * Emits the search data as static files in the export: /search/zh-hans.json, /search/zh-hant.json
 * and /search/fold.json, built from the pipeline's clause lists during `npm run build`.
 */
import { loadDocuments } from '@/lib/build/corpus';
import { buildFoldTable, buildSearchIndex } from '@/lib/build/search-data/index';
import { SEARCH_FILES } from '@/lib/shared/search/options';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return SEARCH_FILES.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const docs = loadDocuments();
  const body =
    file === 'fold.json'
      ? buildFoldTable(docs)
      : file === 'zh-hant.json'
        ? buildSearchIndex(docs, 'zh-hant')
        : buildSearchIndex(docs, 'zh-hans');
  return Response.json(body);
}
