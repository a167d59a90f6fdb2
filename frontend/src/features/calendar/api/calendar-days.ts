import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyHeaders, unwrap } from '@/lib/api-client';
import type { CalendarDayRequest, CloseCalendarDayRequest } from './types';

export interface CalendarFilter {
  year: number;
  includeClosed: boolean;
}

export const listCalendarDays = (filter: CalendarFilter) =>
  unwrap(api().GET('/api/v1/calendar/days', { params: { query: filter } }));

export const useCalendarDays = (filter: CalendarFilter) =>
  useQuery({
    queryKey: ['calendar-days', filter],
    queryFn: () => listCalendarDays(filter),
    placeholderData: keepPreviousData,
  });

export const createCalendarDay = (body: CalendarDayRequest, key?: string) =>
  unwrap(api().POST('/api/v1/calendar/days', { body, headers: idempotencyHeaders(key) }));

export const updateCalendarDay = (id: string, body: CalendarDayRequest) =>
  unwrap(api().PATCH('/api/v1/calendar/days/{id}', { params: { path: { id } }, body }));

export const closeCalendarDay = (id: string, body: CloseCalendarDayRequest, key?: string) =>
  unwrap(
    api().POST('/api/v1/calendar/days/{id}/close', {
      params: { path: { id } },
      body,
      headers: idempotencyHeaders(key),
    }),
  );

type SaveArgs =
  | { kind: 'create'; body: CalendarDayRequest; key: string }
  | { kind: 'update'; id: string; body: CalendarDayRequest };

/** Every year shown (and the working-day statuses) may change after a write. */
function useInvalidateCalendar() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['calendar-days'] });
}

export function useSaveCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (args: SaveArgs) =>
      args.kind === 'create'
        ? createCalendarDay(args.body, args.key)
        : updateCalendarDay(args.id, args.body),
    onSuccess: invalidate,
  });
}

export function useCloseCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: ({ id, body, key }: { id: string; body: CloseCalendarDayRequest; key: string }) =>
      closeCalendarDay(id, body, key),
    onSuccess: invalidate,
  });
}
