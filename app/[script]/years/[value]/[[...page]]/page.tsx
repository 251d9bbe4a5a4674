import { facetValueRoute } from '@/app/_components/browse/routes';

const route = facetValueRoute('years');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
/** /zh-hans/years/<slug>/, then /zh-hans/years/<slug>/2/ …: the documents with that value, newest first. */
export default route.Page;
