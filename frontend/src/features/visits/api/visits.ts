import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyHeaders, unwrap } from '@/lib/api-client';
import type {
  CreateVisitRequest,
  NoticeKind,
  PartyView,
  VisitFilter,
  VisitSummary,
  VisitView,
} from './types';

/** Drops empty filter values so the URL carries only what the reader chose. */
export function queryOf<T extends object>(filter: T): T {
  return Object.fromEntries(
    Object.entries(filter).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  ) as T;
}

export const listVisits = async (filter: VisitFilter) => {
  const page = await unwrap(api().GET('/api/v1/visits', { params: { query: queryOf(filter) } }));
  return { ...page, items: (page.items ?? []) as VisitSummary[] };
};

export const useVisits = (filter: VisitFilter, enabled = true) =>
  useQuery({
    queryKey: ['visits', 'list', filter],
    queryFn: () => listVisits(filter),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useVisit = (id: string | undefined) =>
  useQuery({
    queryKey: ['visits', 'detail', id],
    queryFn: async () =>
      (await unwrap(
        api().GET('/api/v1/visits/{id}', { params: { path: { id: id! } } }),
      )) as VisitView,
    enabled: Boolean(id),
  });

export const createVisit = async (body: CreateVisitRequest, key: string) =>
  (await unwrap(
    api().POST('/api/v1/visits', { body, headers: idempotencyHeaders(key) }),
  )) as VisitView;

export function useCreateVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: CreateVisitRequest; key: string }) =>
      createVisit(body, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['visits'] }),
  });
}

export interface LookupQuery {
  idNumber?: string;
  fullName?: string;
  address?: string;
}

export const lookupVisits = (query: LookupQuery) =>
  unwrap(api().GET('/api/v1/visits/lookup', { params: { query: queryOf(query) } }));

/** Earlier visits of the same person: by ID number, else by name and address. */
export const useLookup = (query: LookupQuery | undefined) =>
  useQuery({
    queryKey: ['visits', 'lookup', query],
    queryFn: () => lookupVisits(query!),
    enabled: query !== undefined,
    staleTime: 30_000,
  });

export const useFieldCategories = () =>
  useQuery({
    queryKey: ['visits', 'field-categories'],
    queryFn: () => unwrap(api().GET('/api/v1/visits/field-categories')),
    staleTime: 60 * 60_000,
  });

function useVisitMutation<A>(run: (args: A) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['visits'] }),
  });
}

export const useResultNotice = () =>
  useVisitMutation(
    ({
      id,
      body,
      key,
    }: {
      id: string;
      body: { version: number; sentAt: string; kind: NoticeKind };
      key: string;
    }) =>
      unwrap(
        api().POST('/api/v1/visits/{id}/result-notice', {
          params: { path: { id } },
          body,
          headers: idempotencyHeaders(key),
        }),
      ),
  );

export const useCaseLink = () =>
  useVisitMutation(
    ({ id, body, key }: { id: string; body: { version: number; caseId: string }; key: string }) =>
      unwrap(
        api().POST('/api/v1/visits/{id}/case-link', {
          params: { path: { id } },
          body,
          headers: idempotencyHeaders(key),
        }),
      ),
  );

/**
 * Opens a case (hồ sơ vụ việc) straight from a THU_LY visit without a petition (issue 6):
 * POST /api/v1/cases {visitId}; answers the case with its id.
 */
export const useOpenCaseFromVisit = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ visitId, key }: { visitId: string; key: string }) =>
      unwrap(api().POST('/api/v1/cases', { body: { visitId }, headers: idempotencyHeaders(key) })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['visits'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
};

/** The confidential parties, for the custodian only; the server audits the purpose. */
export const useRevealIdentity = () =>
  useMutation({
    mutationFn: async ({ id, purpose, key }: { id: string; purpose: string; key: string }) =>
      ((
        await unwrap(
          api().POST('/api/v1/visits/{id}/identity/reveal', {
            params: { path: { id } },
            body: { purpose },
            headers: idempotencyHeaders(key),
          }),
        )
      ).parties ?? []) as PartyView[],
  });

/** "attachment; filename*=UTF-8''so-tiep.xlsx" → so-tiep.xlsx. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (extended) return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/** GET /visits/export with the book's filters, as the server's file (name and content). */
export async function exportVisits(filter: VisitFilter, format: 'xlsx' | 'pdf') {
  const { page: _page, size: _size, ...rest } = filter;
  void _page;
  void _size;
  let response: Response | undefined;
  const blob = await unwrap(
    api()
      .GET('/api/v1/visits/export', {
        params: { query: { ...queryOf(rest), format } },
        parseAs: 'blob',
      })
      .then((answer) => {
        response = answer.response;
        return answer;
      }),
  );
  const name = fileNameOf(
    response?.headers.get('Content-Disposition') ?? null,
    `so-tiep-cong-dan.${format}`,
  );
  return { blob: blob as Blob, name };
}

/** Saves a blob under its name through a temporary link. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's sessions the caller may see (the desk keeps those of their unit). */
export const useSessionsOn = (date: string, enabled = true) =>
  useQuery({
    queryKey: ['sessions', { from: date, to: date }],
    queryFn: async () => {
      const data = await unwrap(
        api().GET('/api/v1/sessions', {
          params: { query: { from: date, to: date, page: 0, size: 200 } },
        }),
      );
      return Array.isArray(data) ? data : (data?.items ?? []);
    },
    enabled,
  });

/** The units the caller may see, for the book's unit filter and the transfer target. */
export const useUnits = () =>
  useQuery({
    queryKey: ['org-units', 'list', { size: 100 }],
    queryFn: () =>
      unwrap(api().GET('/api/v1/org-units', { params: { query: { page: 0, size: 100 } } })),
    staleTime: 5 * 60_000,
  });

/** Officials of a unit (the head who signs an R3 refusal notice). */
export const useOfficials = (unit: string | undefined) =>
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
