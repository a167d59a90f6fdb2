import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** One unit with its reception places and successions; 404 when outside the caller's scope. */
export const getOrgUnit = (id: string) =>
  unwrap(api().GET('/api/v1/org-units/{id}', { params: { path: { id } } }));

export const orgUnitQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['org-units', 'detail', id], queryFn: () => getOrgUnit(id) });

export const useOrgUnit = (id: string) => useQuery(orgUnitQueryOptions(id));
