import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export interface ComplianceFilter {
  unit?: string;
  from: string;
  to: string;
}

/** GET /api/v1/compliance: per head in the caller's scope, the figures of the period. */
export const getCompliance = (filter: ComplianceFilter) =>
  unwrap(api().GET('/api/v1/compliance', { params: { query: filter } }));

export const useCompliance = (filter: ComplianceFilter) =>
  useQuery({
    queryKey: ['compliance', filter],
    queryFn: () => getCompliance(filter),
    placeholderData: keepPreviousData,
  });
