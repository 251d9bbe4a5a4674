import type { Graph } from 'schema-dts';
import { serializeJsonLd } from '@/lib/build/pages/jsonld';

/** schema.org data for crawlers, rendered into the static HTML (no client code involved). */
export function JsonLd({ data }: { data: Graph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
