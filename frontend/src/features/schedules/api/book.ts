import { api, unwrap } from '@/lib/api-client';

/**
 * People received in a session according to the reception book (visits not refused, by headcount): the default of
 * the check-out's visitor count.
 */
export async function peopleReceived(sessionId: string): Promise<number> {
  const page = await unwrap(
    api().GET('/api/v1/visits', { params: { query: { sessionId, page: 0, size: 200 } } }),
  );
  return (page.items ?? [])
    .filter((visit) => visit.status !== 'REFUSED')
    .reduce((people, visit) => people + (visit.headcount ?? 1), 0);
}
