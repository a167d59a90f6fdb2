import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/vi';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date is shown as it was in Việt Nam, whatever the reader's computer says. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

type DateInput = string | number | Date | null | undefined;

// A calendar date (LocalDate on the wire) has no time zone: converting it could shift the day.
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function inVietnam(value: DateInput) {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string' && CALENDAR_DATE.test(value)) {
    const date = dayjs(value, 'YYYY-MM-DD');
    return date.isValid() ? date : undefined;
  }
  const date = dayjs(value);
  return date.isValid() ? date.tz(TIME_ZONE) : undefined;
}

/** dd/MM/yyyy, e.g. 01/07/2025; "" for a missing or invalid value. */
export const formatDate = (value: DateInput): string =>
  inVietnam(value)?.format('DD/MM/YYYY') ?? '';

/** dd/MM/yyyy HH:mm in Việt Nam time. */
export const formatDateTime = (value: DateInput): string =>
  inVietnam(value)?.format('DD/MM/YYYY HH:mm') ?? '';

/** Weekday and date in the given language, e.g. "Thứ ba, 01/07/2025" or "Tuesday, 01/07/2025". */
export function formatWeekdayDate(value: DateInput, language: string): string {
  const date = inVietnam(value);
  if (!date) return '';
  const text = date.locale(language === 'vi' ? 'vi' : 'en').format('dddd, DD/MM/YYYY');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
