import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyHeaders, unwrap } from '@/lib/api-client';
import type { CloseOfficialRequest, CreateOfficialRequest, UpdateOfficialRequest } from './types';

export interface OfficialFilter {
  unit: string;
  includeClosed: boolean;
  page: number;
  size: number;
}

export const listOfficials = (filter: OfficialFilter) =>
  unwrap(api().GET('/api/v1/officials', { params: { query: filter } }));

export const useOfficials = (filter: OfficialFilter) =>
  useQuery({
    queryKey: ['officials', filter],
    queryFn: () => listOfficials(filter),
    placeholderData: keepPreviousData,
  });

export const createOfficial = (body: CreateOfficialRequest, key?: string) =>
  unwrap(api().POST('/api/v1/officials', { body, headers: idempotencyHeaders(key) }));

export const updateOfficial = (id: string, body: UpdateOfficialRequest) =>
  unwrap(api().PATCH('/api/v1/officials/{id}', { params: { path: { id } }, body }));

export const closeOfficial = (id: string, body: CloseOfficialRequest, key?: string) =>
  unwrap(
    api().POST('/api/v1/officials/{id}/close', {
      params: { path: { id } },
      body,
      headers: idempotencyHeaders(key),
    }),
  );

type SaveArgs =
  | { kind: 'create'; body: CreateOfficialRequest; key: string }
  | { kind: 'update'; id: string; body: UpdateOfficialRequest; key: string };

/** The unit page lists its officials too: both are refreshed after a change. */
function useInvalidateOfficials() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['officials'] }),
      queryClient.invalidateQueries({ queryKey: ['org-units', 'detail'] }),
    ]);
}

export function useSaveOfficial() {
  const invalidate = useInvalidateOfficials();
  return useMutation({
    mutationFn: (args: SaveArgs) =>
      args.kind === 'create'
        ? createOfficial(args.body, args.key)
        : updateOfficial(args.id, args.body),
    onSuccess: invalidate,
  });
}

export function useCloseOfficial(id: string) {
  const invalidate = useInvalidateOfficials();
  return useMutation({
    mutationFn: ({ body, key }: { body: CloseOfficialRequest; key: string }) =>
      closeOfficial(id, body, key),
    onSuccess: invalidate,
  });
}
