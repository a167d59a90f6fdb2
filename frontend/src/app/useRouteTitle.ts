import { useMatches } from 'react-router';
import { useDocumentTitle } from '@/components/layout/useDocumentTitle';

interface RouteHandle {
  titleKey?: string;
}

/** The document title follows the deepest route that names one. */
export function useRouteTitle() {
  const handle = useMatches().findLast(
    (match) => (match.handle as RouteHandle | undefined)?.titleKey,
  )?.handle as RouteHandle | undefined;
  useDocumentTitle(handle?.titleKey);
}
