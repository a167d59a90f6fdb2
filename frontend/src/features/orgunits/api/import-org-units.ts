import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { useInvalidateOrgUnits } from './save-org-unit';

/**
 * POST /api/v1/org-units/import with the CSV as text/csv. A dry run reports every bad row;
 * applying is all or nothing (a 400 problem when any row is bad).
 */
export const importOrgUnits = (csv: string, dryRun: boolean) =>
  unwrap(
    api().POST('/api/v1/org-units/import', {
      params: { query: { dryRun } },
      body: csv,
      bodySerializer: (body: string) => body,
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    }),
  );

export const useDryRunImport = () =>
  useMutation({ mutationFn: (csv: string) => importOrgUnits(csv, true) });

export function useApplyImport() {
  const invalidate = useInvalidateOrgUnits();
  return useMutation({
    mutationFn: (csv: string) => importOrgUnits(csv, false),
    onSuccess: invalidate,
  });
}
