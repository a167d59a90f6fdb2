import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyHeaders, unwrap } from '@/lib/api-client';
import { fileOf } from '@/lib/reports/forms';
import type { Page } from '@/lib/reports/types';
import type {
  Consolidation,
  CreateSubmission,
  Narrative,
  PeriodKind,
  PeriodKindUpdate,
  Submission,
  SubmissionFilter,
  SubmissionSummary,
  VerifyResult,
} from './types';

export const useSubmissions = (filter: SubmissionFilter) =>
  useQuery({
    queryKey: ['submissions', 'list', filter],
    queryFn: async () =>
      (await unwrap(
        api().GET('/api/v1/reports/submissions', { params: { query: filter } }),
      )) as Page<SubmissionSummary>,
    placeholderData: keepPreviousData,
  });

export const useSubmission = (id: string | undefined) =>
  useQuery({
    queryKey: ['submissions', 'one', id],
    queryFn: async () =>
      (await unwrap(
        api().GET('/api/v1/reports/submissions/{id}', { params: { path: { id: id! } } }),
      )) as Submission,
    enabled: Boolean(id),
  });

const invalidate = (client: ReturnType<typeof useQueryClient>) =>
  client.invalidateQueries({ queryKey: ['submissions'] });

export function useCreateSubmission() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateSubmission) =>
      (await unwrap(
        api().POST('/api/v1/reports/submissions', { body, headers: idempotencyHeaders() }),
      )) as Submission,
    onSuccess: () => invalidate(client),
  });
}

export function useSaveNarrative(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Narrative & { version: number }) =>
      (await unwrap(
        api().PATCH('/api/v1/reports/submissions/{id}', { params: { path: { id } }, body }),
      )) as Submission,
    onSuccess: () => invalidate(client),
  });
}

export type SubmissionStep = 'submit' | 'accept' | 'return';

/** POST /{id}/submit | accept | return with the version (and the reviewer's comment). */
export function useSubmissionStep(id: string, step: SubmissionStep) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { version: number; comment?: string }) => {
      const init = { params: { path: { id } }, headers: idempotencyHeaders() };
      const call =
        step === 'submit'
          ? api().POST('/api/v1/reports/submissions/{id}/submit', {
              ...init,
              body: { version: body.version },
            })
          : step === 'accept'
            ? api().POST('/api/v1/reports/submissions/{id}/accept', { ...init, body })
            : api().POST('/api/v1/reports/submissions/{id}/return', { ...init, body });
      return (await unwrap<unknown>(call)) as Submission;
    },
    onSuccess: () => invalidate(client),
  });
}

/** GET /{id}/verify: the forms computed again now, hashed the same way as the snapshot. */
export function useVerify(id: string) {
  return useMutation({
    mutationFn: async () =>
      (await unwrap(
        api().GET('/api/v1/reports/submissions/{id}/verify', { params: { path: { id } } }),
      )) as VerifyResult,
  });
}

/** GET /{id}/export: one form of the frozen snapshot, in the official layout. */
export const exportSubmissionForm = (id: string, form: string, format: 'xlsx' | 'pdf') =>
  fileOf(
    api().GET('/api/v1/reports/submissions/{id}/export', {
      params: { path: { id }, query: { form, format } },
      parseAs: 'blob',
    }),
    `${form}.${format}`,
  );

export const useConsolidation = (period: string | undefined, form: string) =>
  useQuery({
    queryKey: ['submissions', 'consolidation', period, form],
    queryFn: async () =>
      (await unwrap(
        api().GET('/api/v1/reports/consolidation', {
          params: { query: { period: period!, form } },
        }),
      )) as Consolidation,
    enabled: Boolean(period),
    placeholderData: keepPreviousData,
  });

export const usePeriodKinds = () =>
  useQuery({
    queryKey: ['reports', 'period-kinds'],
    queryFn: async () => (await unwrap(api().GET('/api/v1/reports/period-kinds'))) as PeriodKind[],
  });

export function useUpdatePeriodKind(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: PeriodKindUpdate) =>
      (await unwrap(
        api().PUT('/api/v1/reports/period-kinds/{code}', { params: { path: { code } }, body }),
      )) as PeriodKind,
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}
