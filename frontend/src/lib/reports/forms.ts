import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { fileNameOf, looseApi, queryOf } from './http';
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
    queryFn: async () =>
      (await unwrap(looseApi().GET('/api/v1/reports/forms'))) as FormDefinition[],
    staleTime: 60 * 60_000,
  });

/** GET /api/v1/reports/periods?year=: every named period of the year with its window and due date. */
export const useReportPeriods = (year: number) =>
  useQuery({
    queryKey: ['reports', 'periods', year],
    queryFn: async () =>
      (await unwrap(
        looseApi().GET('/api/v1/reports/periods', { params: { query: { year } } }),
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
        looseApi().GET('/api/v1/reports/forms/{code}'.replace('{code}', encodeURIComponent(code)), {
          params: { query: queryOf({ unit, ...period }) },
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
        looseApi().GET(`/api/v1/reports/forms/${encodeURIComponent(code)}/cells`, {
          params: { query: queryOf({ ...rest, ...period }) },
        }),
      )) as Page<DrillItem>;
    },
    enabled: Boolean(query),
    placeholderData: keepPreviousData,
  });

export type ExportFormat = 'xlsx' | 'pdf';

/** Downloads a file with the caller's token (a plain link would carry none). */
export async function downloadFile(path: string, query: Record<string, unknown>, fallback: string) {
  let response: Response | undefined;
  const blob = await unwrap(
    looseApi()
      .GET(path, { params: { query: queryOf(query) }, parseAs: 'blob' })
      .then((answer) => {
        response = answer.response;
        return answer;
      }),
  );
  return {
    blob: blob as Blob,
    name: fileNameOf(response?.headers.get('Content-Disposition') ?? null, fallback),
  };
}

/** GET /api/v1/reports/forms/{code}/export: the live form as the official XLSX or PDF. */
export const exportForm = ({ code, unit, period }: FormQuery, format: ExportFormat) =>
  downloadFile(
    `/api/v1/reports/forms/${encodeURIComponent(code)}/export`,
    { unit, ...period, format },
    `${code}.${format}`,
  );
