import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyHeaders, unwrap } from '@/lib/api-client';
import type { CloseOrgUnitRequest, CreateOrgUnitRequest, UpdateOrgUnitRequest } from './types';

export const createOrgUnit = (body: CreateOrgUnitRequest, idempotencyKey?: string) =>
  unwrap(api().POST('/api/v1/org-units', { body, headers: idempotencyHeaders(idempotencyKey) }));

/** A stale `version` answers 409: someone else saved the unit in between. */
export const updateOrgUnit = (id: string, body: UpdateOrgUnitRequest) =>
  unwrap(api().PATCH('/api/v1/org-units/{id}', { params: { path: { id } }, body }));

export const closeOrgUnit = (id: string, body: CloseOrgUnitRequest, idempotencyKey?: string) =>
  unwrap(
    api().POST('/api/v1/org-units/{id}/close', {
      params: { path: { id } },
      body,
      headers: idempotencyHeaders(idempotencyKey),
    }),
  );

/** Any change to a unit may change the tree, the lists, the officials and the directory. */
export function useInvalidateOrgUnits() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['org-units'] }),
      queryClient.invalidateQueries({ queryKey: ['officials'] }),
    ]);
}

type SaveArgs =
  | { kind: 'create'; body: CreateOrgUnitRequest; key: string }
  | { kind: 'update'; id: string; body: UpdateOrgUnitRequest; key: string };

export function useSaveOrgUnit() {
  const invalidate = useInvalidateOrgUnits();
  return useMutation({
    mutationFn: (args: SaveArgs) =>
      args.kind === 'create'
        ? createOrgUnit(args.body, args.key)
        : updateOrgUnit(args.id, args.body),
    onSuccess: invalidate,
  });
}

export function useCloseOrgUnit(id: string) {
  const invalidate = useInvalidateOrgUnits();
  return useMutation({
    mutationFn: ({ body, key }: { body: CloseOrgUnitRequest; key: string }) =>
      closeOrgUnit(id, body, key),
    onSuccess: invalidate,
  });
}
