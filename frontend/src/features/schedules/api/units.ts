import { useQuery } from '@tanstack/react-query';
import { api, publicApi, unwrap } from '@/lib/api-client';

/** The units the caller may see (the API applies the unit scope), for the unit filters. */
export const useVisibleUnits = (q?: string) =>
  useQuery({
    queryKey: ['org-units', 'list', { q, size: 100 }],
    queryFn: () =>
      unwrap(api().GET('/api/v1/org-units', { params: { query: { q, page: 0, size: 100 } } })),
  });

/** Officials of a unit, for the presiding official pickers. */
export const useUnitOfficials = (unit: string | undefined) =>
  useQuery({
    queryKey: ['officials', { unit, includeClosed: false, page: 0, size: 100 }],
    queryFn: () =>
      unwrap(
        api().GET('/api/v1/officials', {
          params: { query: { unit: unit!, includeClosed: false, page: 0, size: 100 } },
        }),
      ),
    enabled: Boolean(unit),
  });

/** Units citizens can look up, without a token. */
export const usePublicUnitOptions = (q: string) =>
  useQuery({
    queryKey: ['public-units', q, 0, 50],
    queryFn: () =>
      unwrap(
        publicApi().GET('/public/v1/units', {
          params: { query: { q: q || undefined, page: 0, size: 50 } },
        }),
      ),
  });
