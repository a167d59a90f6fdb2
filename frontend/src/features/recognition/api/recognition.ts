import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { looseApi, queryOf } from '@/lib/reports/http';
import type { Page } from '@/lib/reports/types';
import { idempotencyHeaders, unwrap } from '@/lib/api-client';
import type { components } from '@/api/schema';
import type {
  Inspection,
  InspectionInput,
  ListFilter,
  Recognition,
  RecognitionInput,
} from './types';

type Resource = 'inspections' | 'recognitions';
type InspectionView = components['schemas']['InspectionView'];
type RecognitionView = components['schemas']['RecognitionView'];

/** The API nests the unit (and the official) as references; the screens work with flat ids and names. */
const fromView = <T>(view: InspectionView | RecognitionView): T => {
  const { unit, ...rest } = view;
  const official = 'official' in view ? view.official : undefined;
  return {
    ...rest,
    unitId: unit?.id,
    unitCode: unit?.code,
    unitName: unit?.name,
    ...(official !== undefined
      ? { officialId: official?.id ?? null, officialPosition: official?.position ?? null }
      : {}),
  } as T;
};

/** The create body names the unit orgUnitId; a patch cannot move a record to another unit. */
const toBody = (body: { unitId?: string }, id?: string) => {
  const { unitId, ...rest } = body;
  return id ? rest : { ...rest, orgUnitId: unitId };
};

const list = async <T>(resource: Resource, filter: ListFilter) => {
  const page = (await unwrap(
    looseApi().GET(`/api/v1/${resource}`, { params: { query: queryOf(filter) } }),
  )) as Page<InspectionView | RecognitionView>;
  return { ...page, items: (page.items ?? []).map((item) => fromView<T>(item)) } as Page<T>;
};

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
      fromView<T>(
        (await unwrap(
          id
            ? looseApi().PATCH(`/api/v1/${resource}/${id}`, {
                body: { ...toBody(body as { unitId?: string }, id), version },
              })
            : looseApi().POST(`/api/v1/${resource}`, {
                body: toBody(body as { unitId?: string }),
                headers: idempotencyHeaders(),
              }),
        )) as InspectionView | RecognitionView,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: [resource] }),
  });
}

export const useSaveInspection = () => useSave<InspectionInput, Inspection>('inspections');
export const useSaveRecognition = () => useSave<RecognitionInput, Recognition>('recognitions');
