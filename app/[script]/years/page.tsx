import { facetIndexRoute } from '@/app/_components/browse/routes';

const route = facetIndexRoute('years');
export const generateMetadata = route.generateMetadata;
/** /zh-hans/years/: each value with its count. */
export default route.Page;
