import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { fileNameOf } from './http';
import type {
  DrillItem,
  FormDefinition,
  FormResult,
  Page,
  PeriodQuery,
  PeriodView,
  RowKind,
} from './types';

/** GET /api/v1/reports/forms: the official forms the engine computes. */
export const useReportForms = () =>
  useQuery({
    queryKey: ['reports', 'forms'],
    queryFn: async () => (await unwrap(api().GET('/api/v1/reports/forms'))) as FormDefinition[],
    staleTime: 60 * 60_000,
  });

/** GET /api/v1/reports/periods?year=: every named period of the year with its window and due date. */
export const useReportPeriods = (year: number) =>
  useQuery({
    queryKey: ['reports', 'periods', year],
    queryFn: async () =>
      (await unwrap(
        api().GET('/api/v1/reports/periods', { params: { query: { year } } }),
      )) as PeriodView[],
    staleTime: 60 * 60_000,
  });

export interface FormQuery {
  code: string;
  unit?: string;
  period?: PeriodQuery;
}

/** GET /api/v1/reports/forms/{code}: the live form for a unit and a period. */
export const useReportForm = ({ code, unit, period }: FormQuery) =>
  useQuery({
    queryKey: ['reports', 'form', code, unit, period],
    queryFn: async () =>
      (await unwrap(
        api().GET('/api/v1/reports/forms/{code}', {
          params: { path: { code }, query: { unit, ...period } },
        }),
      )) as FormResult,
    enabled: Boolean(code && period),
    placeholderData: keepPreviousData,
  });

export interface CellQuery extends FormQuery {
  row: string;
  rowKind: RowKind;
  column: number;
  page: number;
  size: number;
}

/** GET /api/v1/reports/forms/{code}/cells: the records behind one cell, paged. */
export const useCellRecords = (query: CellQuery | undefined) =>
  useQuery({
    queryKey: ['reports', 'cells', query],
    queryFn: async () => {
      const { code, period, ...rest } = query!;
      return (await unwrap(
        api().GET('/api/v1/reports/forms/{code}/cells', {
          params: { path: { code }, query: { ...rest, ...period } },
        }),
      )) as Page<DrillItem>;
    },
    enabled: Boolean(query),
    placeholderData: keepPreviousData,
  });

export type ExportFormat = 'xlsx' | 'pdf';

/** The answer of a file download: its content and the server's file name. */
export async function fileOf(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallback: string,
) {
  let response: Response | undefined;
  const blob = await unwrap(
    call.then((answer) => {
      response = answer.response;
      return answer;
    }),
  );
  return {
    blob: blob as Blob,
    name: fileNameOf(response?.headers.get('Content-Disposition') ?? null, fallback),
  };
}

/** GET /api/v1/reports/forms/{code}/export with the caller's token (a plain link carries none). */
export const exportForm = ({ code, unit, period }: FormQuery, format: ExportFormat) =>
  fileOf(
    api().GET('/api/v1/reports/forms/{code}/export', {
      params: { path: { code }, query: { unit, ...period, format } },
      parseAs: 'blob',
    }),
    `${code}.${format}`,
  );
