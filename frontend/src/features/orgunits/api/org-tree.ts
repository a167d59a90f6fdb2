import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The tree the caller may see, as it stood on `at` (YYYY-MM-DD; today when absent). */
export const getOrgTree = (at?: string) =>
  unwrap(api().GET('/api/v1/org-units/tree', { params: { query: { at } } }));

export const orgTreeQueryOptions = (at?: string) =>
  queryOptions({ queryKey: ['org-units', 'tree', at ?? 'today'], queryFn: () => getOrgTree(at) });

export const useOrgTree = (at?: string) => useQuery(orgTreeQueryOptions(at));
