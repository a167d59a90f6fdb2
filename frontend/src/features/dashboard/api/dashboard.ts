import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { PeriodQuery } from '@/lib/reports/types';
import type { DashboardOverview, DashboardRecognition, DashboardTrends } from './types';

export interface DashboardQuery {
  unit?: string;
  /** Absent: the current year to date. */
  period?: PeriodQuery;
}

export const useOverview = ({ unit, period }: DashboardQuery) =>
  useQuery({
    queryKey: ['dashboard', 'overview', unit, period],
    queryFn: async () =>
      (await unwrap(
        api().GET('/api/v1/dashboard/overview', { params: { query: { unit, ...period } } }),
      )) as DashboardOverview,
    placeholderData: keepPreviousData,
  });

export const useTrends = (unit: string | undefined, from: string, to: string) =>
  useQuery({
    queryKey: ['dashboard', 'trends', unit, from, to],
    queryFn: async () =>
      (
        (await unwrap(
          api().GET('/api/v1/dashboard/trends', { params: { query: { unit, from, to } } }),
        )) as DashboardTrends
      ).months ?? [],
    placeholderData: keepPreviousData,
  });

export const useDashboardRecognition = ({ unit, period }: DashboardQuery) =>
  useQuery({
    queryKey: ['dashboard', 'recognition', unit, period],
    queryFn: async () =>
      (await unwrap(
        api().GET('/api/v1/dashboard/recognition', { params: { query: { unit, ...period } } }),
      )) as DashboardRecognition,
    placeholderData: keepPreviousData,
  });
