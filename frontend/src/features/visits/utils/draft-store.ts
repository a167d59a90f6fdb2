import dayjs from 'dayjs';
import { isConfidential } from '../api/types';
import type { DeskValues, PartyValues } from './desk-form';

/**
 * The desk's draft, kept in localStorage as the officer types, so a crash or a closed tab loses
 * nothing. A denunciation's draft never keeps who the denouncer is (Luật Tố cáo Art. 47).
 */
export const draftKey = (username: string) => `tiepdan.visitDraft.${username}`;

export interface StoredDraft {
  savedAt: string;
  /** True when the identity fields were left out (a denunciation). */
  identityStripped: boolean;
  values: DeskValues;
}

/** Party fields that say who the person is: never stored for a denunciation. */
const IDENTITY_FIELDS = [
  'fullName',
  'idNumber',
  'idIssueDate',
  'idIssuePlace',
  'addressAsWritten',
  'phone',
  'birthYear',
  'gender',
] as const satisfies readonly (keyof PartyValues)[];

export const carriesDenunciation = (values: Pick<DeskValues, 'classification' | 'mixedKinds'>) =>
  isConfidential(values.classification, values.mixedKinds);

/** The values without the parties' identity (the rows stay, so the form keeps its shape). */
export function stripIdentity(values: DeskValues): DeskValues {
  return {
    ...values,
    parties: (values.parties ?? []).map((party) => {
      const copy: PartyValues = { ...party };
      for (const field of IDENTITY_FIELDS) delete copy[field];
      return copy;
    }),
  };
}

/** What the draft keeps of `values`. */
export function draftOf(values: DeskValues, now = new Date()): StoredDraft {
  const stripped = carriesDenunciation(values);
  return {
    savedAt: now.toISOString(),
    identityStripped: stripped,
    values: stripped ? stripIdentity(values) : values,
  };
}

export function saveDraft(username: string, values: DeskValues, storage: Storage = localStorage) {
  try {
    storage.setItem(draftKey(username), JSON.stringify(draftOf(values)));
  } catch {
    // Storage full or disabled: the form still works, only without the safety net.
  }
}

const day = (value: unknown) => {
  if (typeof value !== 'string' || value === '') return undefined;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed : undefined;
};

/** The stored draft with its dates back as pickers' values; undefined when there is none. */
export function loadDraft(
  username: string,
  storage: Storage = localStorage,
): StoredDraft | undefined {
  let stored: StoredDraft;
  try {
    const raw = storage.getItem(draftKey(username));
    if (!raw) return undefined;
    stored = JSON.parse(raw) as StoredDraft;
  } catch {
    return undefined;
  }
  if (!stored || typeof stored !== 'object' || !stored.values) return undefined;
  const values = stored.values;
  return {
    ...stored,
    values: {
      ...values,
      receivedAt: day(values.receivedAt),
      parties: (values.parties ?? []).map((party) => ({
        ...party,
        idIssueDate: day(party?.idIssueDate),
      })),
      previouslyHandled: (values.previouslyHandled ?? []).map((item) => ({
        ...item,
        date: day(item?.date),
      })),
      refusal: values.refusal
        ? { ...values.refusal, noticeDate: day(values.refusal.noticeDate) }
        : undefined,
    },
  };
}

export function clearDraft(username: string, storage: Storage = localStorage) {
  try {
    storage.removeItem(draftKey(username));
  } catch {
    // Nothing to clear.
  }
}

/** True when the officer typed something worth keeping (not only the defaults). */
export function hasContent(values: Partial<DeskValues>): boolean {
  const party = values.parties?.some((p) =>
    Boolean(p?.fullName || p?.idNumber || p?.addressAsWritten || p?.phone),
  );
  return Boolean(
    party ||
    values.contentSummary ||
    values.classification ||
    values.handlingDirection ||
    values.documents?.length ||
    values.visitorRequest,
  );
}
