import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { looseApi, queryOf } from '@/lib/reports/http';
import type { Page } from '@/lib/reports/types';
import { idempotencyHeaders, unwrap } from '@/lib/api-client';
import type {
  Inspection,
  InspectionInput,
  ListFilter,
  Recognition,
  RecognitionInput,
} from './types';

type Resource = 'inspections' | 'recognitions';

const list = async <T>(resource: Resource, filter: ListFilter) =>
  (await unwrap(
    looseApi().GET(`/api/v1/${resource}`, { params: { query: queryOf(filter) } }),
  )) as Page<T>;

export const useInspections = (filter: ListFilter) =>
  useQuery({
    queryKey: ['inspections', filter],
    queryFn: () => list<Inspection>('inspections', filter),
    placeholderData: keepPreviousData,
  });

export const useRecognitions = (filter: ListFilter) =>
  useQuery({
    queryKey: ['recognitions', filter],
    queryFn: () => list<Recognition>('recognitions', filter),
    placeholderData: keepPreviousData,
  });

/** POST a new record, or PATCH an existing one with its version. */
function useSave<I, T>(resource: Resource) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id?: string; version?: number; body: I }) =>
      (await unwrap(
        id
          ? looseApi().PATCH(`/api/v1/${resource}/${id}`, { body: { ...body, version } })
          : looseApi().POST(`/api/v1/${resource}`, { body, headers: idempotencyHeaders() }),
      )) as T,
    onSuccess: () => client.invalidateQueries({ queryKey: [resource] }),
  });
}

export const useSaveInspection = () => useSave<InspectionInput, Inspection>('inspections');
export const useSaveRecognition = () => useSave<RecognitionInput, Recognition>('recognitions');
