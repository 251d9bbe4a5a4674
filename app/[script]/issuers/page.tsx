import { facetIndexRoute } from '@/app/_components/browse/routes';

const route = facetIndexRoute('issuers');
export const generateMetadata = route.generateMetadata;
/** /zh-hans/issuers/: each value with its count. */
export default route.Page;
