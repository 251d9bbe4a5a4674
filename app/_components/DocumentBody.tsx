/** The rendered document HTML, produced at build time by lib/pipeline.ts. */
export function DocumentBody({ html }: { html: string }) {
  return <div className="doc-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
