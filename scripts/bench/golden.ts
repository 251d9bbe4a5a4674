/** The search golden table through the portal, over an export's search files: how many rows pass. */
import fs from 'node:fs';
import path from 'node:path';
import {
  documentSearchPath,
  FOLD_TABLE_PATH,
  PORTAL_MANIFEST_PATH,
  portalShardPath,
} from '../../lib/shared/search/options.ts';
import { createPortalSearch, type PortalOutcome } from '../../lib/shared/search/portal/search.ts';
import {
  parseFoldTable,
  parsePortalManifest,
  parsePortalShard,
  parseSearchIndex,
} from '../../lib/shared/search/schema.ts';
import { GOLDEN, GOLDEN_DOC } from '../../tests/lib/shared/search/golden.ts';

export async function goldenThroughPortal(outDir: string): Promise<{ passed: number; rows: number; failed: string[] }> {
  const read = (url: string): unknown => JSON.parse(fs.readFileSync(path.join(outDir, url), 'utf8'));
  const search = createPortalSearch(
    {
      manifest: parsePortalManifest(read(PORTAL_MANIFEST_PATH)),
      shard: async (kind, k) => parsePortalShard(read(portalShardPath(kind, k)), kind),
      document: async (docId) => parseSearchIndex(read(documentSearchPath(docId, 'zh-hans'))),
    },
    parseFoldTable(read(FOLD_TABLE_PATH)).groups,
  );
  const failed: string[] = [];
  for (const row of GOLDEN) {
    let last: PortalOutcome | undefined;
    await search(row.query, (outcome) => (last = outcome));
    const ids = (last?.results ?? []).filter((r) => r.docId === GOLDEN_DOC).map((r) => r.id);
    // The list shows the best MAX_RESULTS: a row passes when every one of its clauses is there and
    // nothing else of the golden document is.
    const ok = [...ids].sort().join() === [...row.ids].sort().join() && (!row.first || ids[0] === row.first);
    if (!ok) failed.push(row.query);
  }
  return { passed: GOLDEN.length - failed.length, rows: GOLDEN.length, failed };
}
