import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyHeaders, unwrap } from '@/lib/api-client';
import type { ComputeDeadlineRequest, DeadlineRuleChange } from './types';

/** The rule versions in force on `at` (YYYY-MM-DD). */
export const listDeadlineRules = (at: string) =>
  unwrap(api().GET('/api/v1/deadline-rules', { params: { query: { at } } }));

export const useDeadlineRules = (at: string) =>
  useQuery({
    queryKey: ['deadline-rules', at],
    queryFn: () => listDeadlineRules(at),
    placeholderData: keepPreviousData,
  });

/** Computes a due date; nothing is stored, so a retry is harmless. */
export const computeDeadline = (body: ComputeDeadlineRequest) =>
  unwrap(api().POST('/api/v1/deadlines/compute', { body, headers: idempotencyHeaders() }));

export const useComputeDeadline = () => useMutation({ mutationFn: computeDeadline });

export const updateDeadlineRule = (code: string, validFrom: string, body: DeadlineRuleChange) =>
  unwrap(
    api().PATCH('/api/v1/deadline-rules/{code}/{validFrom}', {
      params: { path: { code, validFrom } },
      body,
    }),
  );

export function useUpdateDeadlineRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      code,
      validFrom,
      body,
    }: {
      code: string;
      validFrom: string;
      body: DeadlineRuleChange;
    }) => updateDeadlineRule(code, validFrom, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['deadline-rules'] }),
  });
}
