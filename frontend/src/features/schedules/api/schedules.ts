import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyHeaders, unwrap } from '@/lib/api-client';
import type { EndScheduleBody, ScheduleInput } from './types';

export const listSchedules = (unit: string | undefined, page: number, size: number) =>
  unwrap(
    api().GET('/api/v1/schedules', {
      params: { query: { unit, includeEnded: true, page, size } },
    }),
  );

export const useSchedules = (unit: string | undefined, page: number, size: number) =>
  useQuery({
    queryKey: ['schedules', unit, page, size],
    queryFn: () => listSchedules(unit, page, size),
    placeholderData: keepPreviousData,
  });

type SaveArgs =
  | { kind: 'create'; body: ScheduleInput; key: string }
  | { kind: 'update'; id: string; body: ScheduleInput; key: string };

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['schedules'] }),
      queryClient.invalidateQueries({ queryKey: ['sessions'] }),
    ]);
}

export function useSaveSchedule() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (args: SaveArgs) =>
      args.kind === 'create'
        ? unwrap(
            api().POST('/api/v1/schedules', {
              body: args.body,
              headers: idempotencyHeaders(args.key),
            }),
          )
        : unwrap(
            api().PATCH('/api/v1/schedules/{id}', {
              params: { path: { id: args.id } },
              body: args.body,
            }),
          ),
    onSuccess: invalidate,
  });
}

/** Ends a schedule: later planned or published sessions are removed, held ones stay. */
export function useEndSchedule() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body, key }: { id: string; body: EndScheduleBody; key: string }) =>
      unwrap(
        api().POST('/api/v1/schedules/{id}/end', {
          params: { path: { id } },
          body,
          headers: idempotencyHeaders(key),
        }),
      ),
    onSuccess: invalidate,
  });
}

/** Publishes a schedule: its sessions are published at once, and later ones as generated. */
export function usePublishSchedule() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version, key }: { id: string; version: number; key: string }) =>
      unwrap(
        api().POST('/api/v1/schedules/{id}/publish', {
          params: { path: { id } },
          body: { version },
          headers: idempotencyHeaders(key),
        }),
      ),
    onSuccess: invalidate,
  });
}

/** Working days, weekends and public holidays between two dates (the official calendar). */
export const listCalendarDays = (from: string, to: string) =>
  unwrap(api().GET('/api/v1/calendar/working-days', { params: { query: { from, to } } }));

export const useCalendarDays = (from: string, to: string) =>
  useQuery({
    queryKey: ['calendar-days', from, to],
    queryFn: () => listCalendarDays(from, to),
    staleTime: 60 * 60_000,
    retry: false,
  });
