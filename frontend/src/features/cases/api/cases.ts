import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyHeaders, publicApi, unwrap } from '@/lib/api-client';
import type {
  CaseDocument,
  CaseEvent,
  CaseFilter,
  CaseSummary,
  CaseView,
  OverdueRow,
  RevealedPerson,
} from './types';

interface Init {
  params?: { path?: Record<string, string> };
  body?: unknown;
  headers?: Record<string, string>;
  bodySerializer?: (body: unknown) => unknown;
}
/**
 * The client for the two calls the path types cannot describe: an action named at run time
 * (POST /cases/{id}/{action}, each with its own typed body in the schema) and a multipart upload.
 */
const untyped = () =>
  api() as unknown as {
    POST: (
      path: string,
      init?: Init,
    ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  };

/** Drops empty filter values so the URL carries only what the reader chose. */
export function queryOf<T extends object>(filter: T): T {
  return Object.fromEntries(
    Object.entries(filter).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        value !== '' &&
        !(Array.isArray(value) && value.length === 0),
    ),
  ) as T;
}

export const listCases = async (filter: CaseFilter) => {
  const page = await unwrap(api().GET('/api/v1/cases', { params: { query: queryOf(filter) } }));
  return { ...page, items: (page.items ?? []) as CaseSummary[] };
};

export const useCases = (filter: CaseFilter) =>
  useQuery({
    queryKey: ['cases', 'list', filter],
    queryFn: () => listCases(filter),
    placeholderData: keepPreviousData,
  });

export const useCase = (id: string | undefined) =>
  useQuery({
    queryKey: ['cases', 'detail', id],
    queryFn: async () =>
      (await unwrap(
        api().GET('/api/v1/cases/{id}', { params: { path: { id: id! } } }),
      )) as CaseView,
    enabled: Boolean(id),
  });

export const useTimeline = (id: string | undefined) =>
  useQuery({
    queryKey: ['cases', 'timeline', id],
    queryFn: async () => {
      const data: CaseEvent[] = await unwrap(
        api().GET('/api/v1/cases/{id}/timeline', { params: { path: { id: id! } } }),
      );
      return data;
    },
    enabled: Boolean(id),
  });

export const useDocuments = (id: string | undefined) =>
  useQuery({
    queryKey: ['cases', 'documents', id],
    queryFn: async () => {
      const data: CaseDocument[] = await unwrap(
        api().GET('/api/v1/cases/{id}/documents', { params: { path: { id: id! } } }),
      );
      return data;
    },
    enabled: Boolean(id),
  });

function useCaseMutation<A>(run: (args: A) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}

/** POST /cases/{id}/{action} with {version, ...fields}: a legal act or a step of the machine. */
export const useCaseAction = () =>
  useCaseMutation(
    ({
      id,
      action,
      body,
      key,
    }: {
      id: string;
      action: string;
      body: Record<string, unknown>;
      key: string;
    }) =>
      unwrap(
        untyped().POST(`/api/v1/cases/{id}/${action}`, {
          params: { path: { id } },
          body,
          headers: idempotencyHeaders(key),
        }),
      ),
  );

export const useUploadDocument = () =>
  useCaseMutation(({ id, form }: { id: string; form: FormData }) =>
    unwrap(
      untyped().POST('/api/v1/cases/{id}/documents', {
        params: { path: { id } },
        body: form,
        bodySerializer: (body) => body,
        headers: idempotencyHeaders(),
      }),
    ),
  );

/** "attachment; filename*=UTF-8''qd.pdf" → qd.pdf. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (extended) return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/** Downloads a document's content and saves it under its name. */
export async function downloadDocument(caseId: string, doc: CaseDocument, purpose?: string) {
  let response: Response | undefined;
  const blob = (await unwrap(
    api()
      .GET('/api/v1/cases/{id}/documents/{docId}/content', {
        params: {
          path: { id: caseId, docId: doc.id! },
          query: purpose ? { purpose } : {},
        },
        parseAs: 'blob',
      })
      .then((answer) => {
        response = answer.response;
        return answer;
      }),
  )) as Blob;
  const name = fileNameOf(
    response?.headers.get('Content-Disposition') ?? null,
    doc.fileName ?? 'tai-lieu',
  );
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The identity of a denouncer, for the custodian or the current handler; the server audits it. */
export const useRevealCaseIdentity = () =>
  useMutation({
    mutationFn: async ({ id, purpose, key }: { id: string; purpose: string; key: string }) =>
      ((
        await unwrap(
          api().POST('/api/v1/cases/{id}/identity/reveal', {
            params: { path: { id } },
            body: { purpose },
            headers: idempotencyHeaders(key),
          }),
        )
      ).people ?? []) as RevealedPerson[],
  });

export const useOverdue = (filter: {
  kind?: 'CASE' | 'PETITION';
  unit?: string;
  page: number;
  size: number;
}) =>
  useQuery({
    queryKey: ['overdue', filter],
    queryFn: async () => {
      const page = await unwrap(
        api().GET('/api/v1/overdue', { params: { query: queryOf(filter) } }),
      );
      return { ...page, items: (page.items ?? []) as OverdueRow[] };
    },
    placeholderData: keepPreviousData,
  });

/** Every current unit of the province (a transfer may go outside the caller's scope). */
export const useAllUnits = () =>
  useQuery({
    queryKey: ['public-units', 'all'],
    queryFn: () =>
      unwrap(publicApi().GET('/public/v1/units', { params: { query: { page: 0, size: 200 } } })),
    staleTime: 5 * 60_000,
  });

/** Officials of the case's unit with an account, for the assign dialog. */
export const useUnitOfficials = (unit: string | undefined) =>
  useQuery({
    queryKey: ['officials', { unit, includeClosed: false, page: 0, size: 200 }],
    queryFn: () =>
      unwrap(
        api().GET('/api/v1/officials', {
          params: { query: { unit: unit!, includeClosed: false, page: 0, size: 200 } },
        }),
      ),
    enabled: Boolean(unit),
  });
