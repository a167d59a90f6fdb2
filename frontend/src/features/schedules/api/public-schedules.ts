import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { publicApi, unwrap } from '@/lib/api-client';

/** GET /public/v1/schedules: the published sessions, called without a token. */
export const listPublicSessions = async (unit: string | undefined, from: string, to: string) =>
  (await unwrap(publicApi().GET('/public/v1/schedules', { params: { query: { unit, from, to } } })))
    .items ?? [];

export const usePublicSessions = (unit: string | undefined, from: string, to: string) =>
  useQuery({
    queryKey: ['public-schedules', unit, from, to],
    queryFn: () => listPublicSessions(unit, from, to),
    placeholderData: keepPreviousData,
  });

/** The iCalendar feed of a unit, or of the whole province without one. */
export const icsUrl = (unit?: string) =>
  unit ? `/public/v1/schedules.ics?unit=${encodeURIComponent(unit)}` : '/public/v1/schedules.ics';
