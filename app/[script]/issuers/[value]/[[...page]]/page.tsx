import { facetValueRoute } from '@/app/_components/browse/routes';

const route = facetValueRoute('issuers');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
/** /zh-hans/issuers/<slug>/, then /zh-hans/issuers/<slug>/2/ …: the documents with that value, newest first. */
export default route.Page;
