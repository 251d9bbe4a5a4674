import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LatestDocuments } from '@/app/_components/browse/LatestDocuments';
import { WaysIn } from '@/app/_components/browse/WaysIn';
import { ScriptToggle } from '@/app/_components/ScriptToggle';
import { corpusEntries } from '@/lib/build/corpus';
import { scriptHomeMetadata, SITE_NAME } from '@/lib/build/pages/metadata';
import { isScript, otherScript, scriptHomePath } from '@/lib/shared/routes';

type Props = { params: Promise<{ script: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { script } = await params;
  if (!isScript(script)) notFound();
  return scriptHomeMetadata(corpusEntries(), script);
}

/** A script's home: the newest documents and the ways into all of them; its size does not grow with the corpus. */
export default async function ScriptHome({ params }: Props) {
  const { script } = await params;
  if (!isScript(script)) notFound();
  const entries = corpusEntries();
  return (
    <main id="main" className="home">
      <div className="browse-head">
        <h1>{SITE_NAME[script]}</h1>
        <ScriptToggle script={script} href={scriptHomePath(otherScript(script))} />
      </div>
      <div className="home-grid">
        <LatestDocuments script={script} entries={entries} headingLevel={2} />
        <WaysIn script={script} entries={entries} headingLevel={2} />
      </div>
    </main>
  );
}
