import dayjs, { type Dayjs } from 'dayjs';

/** The date format of every date picker (dd/MM/yyyy). */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** A picker's value as a calendar date on the wire (YYYY-MM-DD). */
export const toApiDate = (value: Dayjs | null | undefined): string | undefined =>
  value ? value.format('YYYY-MM-DD') : undefined;

/** A calendar date from the wire as a picker value. */
export const fromApiDate = (value: string | null | undefined): Dayjs | undefined =>
  value ? dayjs(value, 'YYYY-MM-DD') : undefined;
