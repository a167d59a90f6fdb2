import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadFile } from '@/lib/reports/forms';
import { looseApi, queryOf } from '@/lib/reports/http';
import type { Page } from '@/lib/reports/types';
import { idempotencyHeaders, unwrap } from '@/lib/api-client';
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

const BASE = '/api/v1/reports/submissions';

export const useSubmissions = (filter: SubmissionFilter) =>
  useQuery({
    queryKey: ['submissions', 'list', filter],
    queryFn: async () =>
      (await unwrap(
        looseApi().GET(BASE, { params: { query: queryOf(filter) } }),
      )) as Page<SubmissionSummary>,
    placeholderData: keepPreviousData,
  });

export const useSubmission = (id: string | undefined) =>
  useQuery({
    queryKey: ['submissions', 'one', id],
    queryFn: async () => (await unwrap(looseApi().GET(`${BASE}/${id}`))) as Submission,
    enabled: Boolean(id),
  });

const invalidate = (client: ReturnType<typeof useQueryClient>) =>
  client.invalidateQueries({ queryKey: ['submissions'] });

export function useCreateSubmission() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateSubmission) =>
      (await unwrap(looseApi().POST(BASE, { body, headers: idempotencyHeaders() }))) as Submission,
    onSuccess: () => invalidate(client),
  });
}

export function useSaveNarrative(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Narrative & { version: number }) =>
      (await unwrap(looseApi().PATCH(`${BASE}/${id}`, { body }))) as Submission,
    onSuccess: () => invalidate(client),
  });
}

export type SubmissionStep = 'submit' | 'accept' | 'return';

/** POST /{id}/submit | accept | return with the version (and the reviewer's comment). */
export function useSubmissionStep(id: string, step: SubmissionStep) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { version: number; comment?: string }) =>
      (await unwrap(
        looseApi().POST(`${BASE}/${id}/${step}`, { body, headers: idempotencyHeaders() }),
      )) as Submission,
    onSuccess: () => invalidate(client),
  });
}

/** GET /{id}/verify: the forms computed again now, hashed the same way as the snapshot. */
export function useVerify(id: string) {
  return useMutation({
    mutationFn: async () => (await unwrap(looseApi().GET(`${BASE}/${id}/verify`))) as VerifyResult,
  });
}

/** GET /{id}/export: one form of the frozen snapshot, in the official layout. */
export const exportSubmissionForm = (id: string, form: string, format: 'xlsx' | 'pdf') =>
  downloadFile(`${BASE}/${id}/export`, { form, format }, `${form}.${format}`);

export const useConsolidation = (period: string | undefined, form: string) =>
  useQuery({
    queryKey: ['submissions', 'consolidation', period, form],
    queryFn: async () =>
      (await unwrap(
        looseApi().GET('/api/v1/reports/consolidation', { params: { query: { period, form } } }),
      )) as Consolidation,
    enabled: Boolean(period),
    placeholderData: keepPreviousData,
  });

export const usePeriodKinds = () =>
  useQuery({
    queryKey: ['reports', 'period-kinds'],
    queryFn: async () =>
      (await unwrap(looseApi().GET('/api/v1/reports/period-kinds'))) as PeriodKind[],
  });

export function useUpdatePeriodKind(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: PeriodKindUpdate) =>
      (await unwrap(
        looseApi().PUT(`/api/v1/reports/period-kinds/${code}`, { body }),
      )) as PeriodKind,
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}
