import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyHeaders, publicApi, unwrap } from '@/lib/api-client';
import type {
  ClassifyRequest,
  DecideRequest,
  DestroyRequest,
  PetitionCreate,
  PetitionFilter,
  PetitionSummary,
  PetitionView,
  Petitioner,
} from './types';

/** Drops empty filter values so the URL carries only what the reader chose. */
export function queryOf<T extends object>(filter: T): T {
  return Object.fromEntries(
    Object.entries(filter).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  ) as T;
}

export const listPetitions = async (filter: PetitionFilter) => {
  const page = await unwrap(api().GET('/api/v1/petitions', { params: { query: queryOf(filter) } }));
  return { ...page, items: (page.items ?? []) as PetitionSummary[] };
};

export const usePetitions = (filter: PetitionFilter) =>
  useQuery({
    queryKey: ['petitions', 'list', filter],
    queryFn: () => listPetitions(filter),
    placeholderData: keepPreviousData,
  });

export const usePetition = (id: string | undefined) =>
  useQuery({
    queryKey: ['petitions', 'detail', id],
    queryFn: async () =>
      (await unwrap(
        api().GET('/api/v1/petitions/{id}', { params: { path: { id: id! } } }),
      )) as PetitionView,
    enabled: Boolean(id),
  });

function usePetitionMutation<A, R>(run: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['petitions'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

export const useCreatePetition = () =>
  usePetitionMutation(
    async ({ body, key }: { body: PetitionCreate; key: string }) =>
      (await unwrap(
        api().POST('/api/v1/petitions', { body, headers: idempotencyHeaders(key) }),
      )) as PetitionView,
  );

type ActionArgs =
  | { id: string; action: 'classify'; body: ClassifyRequest; key: string }
  | { id: string; action: 'decide'; body: DecideRequest; key: string }
  | { id: string; action: 'destroy'; body: DestroyRequest; key: string };

/** POST /petitions/{id}/classify | decide | destroy. */
function runAction(args: ActionArgs) {
  const init = { params: { path: { id: args.id } }, headers: idempotencyHeaders(args.key) };
  switch (args.action) {
    case 'classify':
      return unwrap(api().POST('/api/v1/petitions/{id}/classify', { ...init, body: args.body }));
    case 'decide':
      return unwrap(api().POST('/api/v1/petitions/{id}/decide', { ...init, body: args.body }));
    case 'destroy':
      return unwrap(api().POST('/api/v1/petitions/{id}/destroy', { ...init, body: args.body }));
  }
}

export const usePetitionAction = () =>
  usePetitionMutation(async (args: ActionArgs) => (await runAction(args)) as PetitionView);

/** The denouncer's identity, for the custodian; audited by the server with the purpose. */
export const useRevealPetitionIdentity = () =>
  useMutation({
    mutationFn: async ({ id, purpose, key }: { id: string; purpose: string; key: string }) =>
      ((
        await unwrap(
          api().POST('/api/v1/petitions/{id}/identity/reveal', {
            params: { path: { id } },
            body: { purpose },
            headers: idempotencyHeaders(key),
          }),
        )
      ).people ?? []) as Petitioner[],
  });

/** The visit a petition is made from (?visitId=), for prefilling the intake form. */
export const useSourceVisit = (id: string | undefined) =>
  useQuery({
    queryKey: ['visits', 'detail', id],
    queryFn: () => unwrap(api().GET('/api/v1/visits/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });

export const useFieldCategories = () =>
  useQuery({
    queryKey: ['visits', 'field-categories'],
    queryFn: () => unwrap(api().GET('/api/v1/visits/field-categories')),
    staleTime: 60 * 60_000,
  });

/** Every current unit of the province: a petition may be transferred to any of them. */
export const useAllUnits = () =>
  useQuery({
    queryKey: ['public-units', 'all'],
    queryFn: () =>
      unwrap(publicApi().GET('/public/v1/units', { params: { query: { page: 0, size: 200 } } })),
    staleTime: 5 * 60_000,
  });
