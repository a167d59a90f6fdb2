import { queryOptions, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { api, unwrap } from '../api-client';

/** Who is signed in: name, unit and realm roles. Roles come from here, never from decoding tokens. */
export type CurrentUser =
  paths['/api/v1/me']['get']['responses'][200]['content']['application/json'];

export const getCurrentUser = (): Promise<CurrentUser> => unwrap(api().GET('/api/v1/me'));

export const currentUserQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: getCurrentUser,
    staleTime: 5 * 60_000,
  });

export const useCurrentUser = () => useQuery(currentUserQueryOptions());
