/**
 * Akoma Ntoso identification: the FRBR Work, Expression and Manifestation of a document (or of one of
 * its annexes), and the references its authors point at. Work-level facts come from the simplified
 * front matter, so both scripts' files name the same Work and differ only from the Expression down.
 */
import type { FrontMatter } from '../content/schema.ts';
import { absoluteUrl } from '../env.ts';
import { SITE_NAME } from '../pages/metadata.ts';
import type { Script } from '../../shared/types.ts';
import { el, type XmlElement } from './xml.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** The document element: `act` for a regulation published as a body of 条, `doc` for anything else. */
export type AknDocType = 'act' | 'doc';

/**
 * The `name` of the document element and the subtype in its IRI: the 文种 in English, as AKN names its
 * document types (doc name="notice"). The 文种 itself is kept as the subtype's showAs.
 */
const DOCUMENT_NAMES: Readonly<Record<string, string>> = {
  决议: 'resolution',
  决定: 'decision',
  命令: 'order',
  令: 'order',
  公报: 'communique',
  公告: 'announcement',
  通告: 'circular',
  意见: 'opinion',
  通知: 'notice',
  通报: 'bulletin',
  报告: 'report',
  请示: 'request',
  批复: 'reply',
  议案: 'motion',
  函: 'letter',
  纪要: 'minutes',
  办法: 'measures',
  规定: 'provisions',
  细则: 'rules',
  条例: 'regulations',
};

/** A 文种 and its AKN name; an annex titled by no 文种 (a 名单, a 附表) is an `annex`. */
export interface DocumentName {
  type: string | null;
  name: string;
}

export function documentName(type: string): DocumentName {
  const name = DOCUMENT_NAMES[type];
  if (name === undefined) throw new Error(`open data: no AKN name for the 文种 "${type}"`);
  return { type, name };
}

/** An annex's 文种 is the one its (simplified) title ends with, e.g. …管理办法 → 办法. */
export function annexName(title: string): DocumentName {
  const type = Object.keys(DOCUMENT_NAMES).find((candidate) => title.endsWith(candidate));
  return type === undefined ? { type: null, name: 'annex' } : documentName(type);
}

/** The script is told apart in the Expression IRI; FRBRlanguage stays the ISO 639-2 code zho. */
const EXPRESSION_LANGUAGE: Record<Script, string> = { 'zh-hans': 'zho-Hans', 'zh-hant': 'zho-Hant' };

export interface Frbr {
  docId: string;
  script: Script;
  docType: AknDocType;
  name: DocumentName;
  /** The simplified front matter: the Work's facts are the same in both scripts. */
  work: FrontMatter;
}

/** IRIs of the whole document (what FRBRuri names); components (!main, !att_1) hang below them. */
export function frbrUris(frbr: Pick<Frbr, 'docId' | 'script' | 'docType' | 'name' | 'work'>) {
  const work = `/akn/cn/${frbr.docType}/${frbr.name.name}/${frbr.work.dateSigned}/${frbr.docId}`;
  const expressionOf = (script: Script) => `${work}/${EXPRESSION_LANGUAGE[script]}@${frbr.work.datePublished}`;
  const expression = expressionOf(frbr.script);
  return { work, expression, master: expressionOf('zh-hans'), manifestation: `${expression}.akn` };
}

function workLevel(frbr: Frbr, component: string, name: DocumentName): XmlElement {
  const uris = frbrUris(frbr);
  return el('FRBRWork', {}, [
    el('FRBRthis', { value: `${uris.work}/!${component}` }),
    el('FRBRuri', { value: uris.work }),
    el('FRBRdate', { date: frbr.work.dateSigned, name: 'signature' }),
    el('FRBRauthor', { href: '#issuer' }),
    el('FRBRcountry', { value: 'cn' }),
    el('FRBRsubtype', { value: name.name, showAs: name.type ?? undefined }),
    el('FRBRnumber', { value: frbr.docId, showAs: frbr.work.docNumber }),
  ]);
}

/**
 * The simplified text is the one issued (authoritative, by the issuer); the traditional text is the
 * portal's machine conversion of it, so its Expression names the portal and the simplified as master.
 */
function expressionLevel(frbr: Frbr, component: string): XmlElement {
  const uris = frbrUris(frbr);
  const issued = frbr.script === 'zh-hans';
  return el('FRBRExpression', {}, [
    el('FRBRthis', { value: `${uris.expression}/!${component}` }),
    el('FRBRuri', { value: uris.expression }),
    el('FRBRdate', { date: frbr.work.datePublished, name: 'publication' }),
    el('FRBRauthor', { href: issued ? '#issuer' : '#portal' }),
    el('FRBRauthoritative', { value: String(issued) }),
    ...(issued ? [] : [el('FRBRmasterExpression', { href: uris.master, showAs: '简体（发布原文）' })]),
    el('FRBRlanguage', { language: 'zho' }),
  ]);
}

/** Dated by the Expression it renders, not by the build: two builds of the same content give the same bytes. */
function manifestationLevel(frbr: Frbr, component: string): XmlElement {
  const uris = frbrUris(frbr);
  return el('FRBRManifestation', {}, [
    el('FRBRthis', { value: `${uris.expression}/!${component}.akn` }),
    el('FRBRuri', { value: uris.manifestation }),
    el('FRBRdate', { date: frbr.work.datePublished, name: 'publication' }),
    el('FRBRauthor', { href: '#portal' }),
    el('FRBRformat', { value: 'application/akn+xml' }),
  ]);
}

/** `meta` of the document (component main, with its references) or of an annex (att_N; it points at the document's). */
export function aknMeta(frbr: Frbr, component: string, name: DocumentName, issuer: string): XmlElement {
  const identification = el('identification', { source: '#portal' }, [
    workLevel(frbr, component, name),
    expressionLevel(frbr, component),
    manifestationLevel(frbr, component),
  ]);
  if (component !== 'main') return el('meta', {}, [identification]);
  const publisher = frbr.work.source.publisher;
  return el('meta', {}, [
    identification,
    el('publication', { date: frbr.work.datePublished, name: publisher, showAs: publisher }),
    el('references', { source: '#portal' }, [
      el('TLCOrganization', {
        eId: 'issuer',
        href: `/ontology/organization/cn/${encodeURIComponent(frbr.work.issuer)}`,
        showAs: issuer,
      }),
      el('TLCOrganization', { eId: 'portal', href: absoluteUrl('/'), showAs: SITE_NAME[frbr.script] }),
    ]),
  ]);
}
