import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { AuditFilter } from './types';

export const listAuditEvents = (filter: AuditFilter, page: number, size: number) =>
  unwrap(api().GET('/api/v1/audit-events', { params: { query: { ...filter, page, size } } }));

export const useAuditEvents = (filter: AuditFilter, page: number, size: number) =>
  useQuery({
    queryKey: ['audit-events', filter, page, size],
    queryFn: () => listAuditEvents(filter, page, size),
    placeholderData: keepPreviousData,
  });

/** Recomputes every hash of the chain on the server: run on demand, never cached. */
export const verifyAuditChain = () => unwrap(api().GET('/api/v1/audit-events/verify'));

export const useVerifyAuditChain = () => useMutation({ mutationFn: verifyAuditChain });
