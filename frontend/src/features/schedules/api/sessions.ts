import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyHeaders, unwrap } from '@/lib/api-client';
import type { Page, Session, SessionAction, SessionStatus } from './types';

export interface SessionFilter {
  unit?: string;
  from: string;
  to: string;
  status?: SessionStatus;
}

/** The API may answer a plain list or a page: both become a list. */
export const itemsOf = <T>(data: T[] | Page<T> | undefined): T[] =>
  Array.isArray(data) ? data : (data?.items ?? []);

/** One page of 200 (the API's largest) covers a month of a unit's sessions. */
export const listSessions = async (filter: SessionFilter) =>
  itemsOf(
    await unwrap(
      api().GET('/api/v1/sessions', { params: { query: { ...filter, page: 0, size: 200 } } }),
    ),
  );

export const useSessions = (filter: SessionFilter, enabled = true) =>
  useQuery({
    queryKey: ['sessions', filter],
    queryFn: () => listSessions(filter),
    placeholderData: keepPreviousData,
    enabled,
  });

export const getSession = (id: string) =>
  unwrap(api().GET('/api/v1/sessions/{id}', { params: { path: { id } } }));

export type ActionArgs =
  | { id: string; action: 'PUBLISH' | 'CHECK_IN'; body: { version: number }; key: string }
  | { id: string; action: 'CANCEL'; body: { version: number; notice: string }; key: string }
  | {
      id: string;
      action: 'POSTPONE';
      body: {
        version: number;
        notice: string;
        newDate: string;
        newStart?: string;
        newEnd?: string;
      };
      key: string;
    }
  | {
      id: string;
      action: 'DELEGATE';
      body: { version: number; presidingOfficialId: string; reason: string };
      key: string;
    }
  | {
      id: string;
      action: 'CHECK_OUT';
      body: { version: number; visitorsCount?: number; noVisitors?: boolean };
      key: string;
    };

/** POST /api/v1/sessions/{id}/<action>, with the session's version and an Idempotency-Key. */
export function runSessionAction(args: ActionArgs): Promise<Session> {
  const init = { params: { path: { id: args.id } }, headers: idempotencyHeaders(args.key) };
  switch (args.action) {
    case 'PUBLISH':
      return unwrap(api().POST('/api/v1/sessions/{id}/publish', { ...init, body: args.body }));
    case 'CHECK_IN':
      return unwrap(api().POST('/api/v1/sessions/{id}/check-in', { ...init, body: args.body }));
    case 'CANCEL':
      return unwrap(api().POST('/api/v1/sessions/{id}/cancel', { ...init, body: args.body }));
    case 'POSTPONE':
      return unwrap(api().POST('/api/v1/sessions/{id}/postpone', { ...init, body: args.body }));
    case 'DELEGATE':
      return unwrap(api().POST('/api/v1/sessions/{id}/delegate', { ...init, body: args.body }));
    case 'CHECK_OUT':
      return unwrap(api().POST('/api/v1/sessions/{id}/check-out', { ...init, body: args.body }));
  }
}

export function useSessionAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runSessionAction,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions'] }),
  });
}

export type { SessionAction };

export interface UrgentSessionBody {
  unitId: string;
  date: string;
  start: string;
  end: string;
  reason: string;
  placeText?: string;
}

/** POST /api/v1/sessions: the head's urgent reception (tiếp đột xuất), created PLANNED. */
export function useCreateUrgentSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: UrgentSessionBody; key: string }) =>
      unwrap(
        api().POST('/api/v1/sessions', {
          body: { ...body, kind: 'URGENT' },
          headers: idempotencyHeaders(key),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions'] }),
  });
}
