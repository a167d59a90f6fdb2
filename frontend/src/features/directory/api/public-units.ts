import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { publicApi, unwrap } from '@/lib/api-client';

/** A unit as the public directory shows it: no officials, no internal data. */
export type PublicUnit = components['schemas']['PublicUnit'];

/** GET /public/v1/units, called without a token even by a signed-in official. */
export const listPublicUnits = (q: string, page: number, size: number) =>
  unwrap(
    publicApi().GET('/public/v1/units', { params: { query: { q: q || undefined, page, size } } }),
  );

export const usePublicUnits = (q: string, page: number, size: number) =>
  useQuery({
    queryKey: ['public-units', q, page, size],
    queryFn: () => listPublicUnits(q, page, size),
    placeholderData: keepPreviousData,
  });
