import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export interface OrgUnitFilter {
  q?: string;
  includeClosed?: boolean;
  size?: number;
}

/** The flat, paged list of units: here it feeds the parent and successor pickers. */
export const listOrgUnits = (filter: OrgUnitFilter) =>
  unwrap(
    api().GET('/api/v1/org-units', {
      params: {
        query: {
          q: filter.q,
          includeClosed: filter.includeClosed,
          page: 0,
          size: filter.size ?? 50,
        },
      },
    }),
  );

export const useOrgUnitOptions = (filter: OrgUnitFilter, enabled = true) =>
  useQuery({
    queryKey: ['org-units', 'list', filter],
    queryFn: () => listOrgUnits(filter),
    placeholderData: keepPreviousData,
    enabled,
  });
