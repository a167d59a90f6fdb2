import dayjs from 'dayjs';
import { TIME_ZONE } from '@/lib/format';
import { isApiProblem } from '@/lib/problem';
import {
  SESSION_ACTIONS,
  type Session,
  type SessionAction,
  type SessionStatus,
} from '../api/types';

/** Sessions that will not take place as planned: shown struck through with their notice. */
export const isCancelledOrPostponed = (status: SessionStatus | undefined) =>
  status === 'CANCELLED' || status === 'POSTPONED';

/** CSS class of a status tag: dark text on a pale background, 4.5:1 or better. */
export const statusClass = (status: SessionStatus | undefined) =>
  `status-tag status-${(status ?? 'PLANNED').toLowerCase()}`;

const LEADER_ACTIONS: readonly SessionAction[] = ['PUBLISH', 'CANCEL', 'POSTPONE', 'DELEGATE'];

/** What each state allows, whoever asks (the API has the last word). */
const BY_STATUS: Record<SessionStatus, readonly SessionAction[]> = {
  PLANNED: ['PUBLISH', 'CANCEL', 'POSTPONE', 'DELEGATE'],
  PUBLISHED: ['CANCEL', 'POSTPONE', 'DELEGATE', 'CHECK_IN'],
  HELD: [],
  HELD_NO_VISITORS: [],
  POSTPONED: [],
  CANCELLED: [],
};

/** Checked in, not yet out: the session is under way. */
export const inProgress = (session: Session) =>
  Boolean(session.actualStart) && !session.actualEnd && session.status === 'PUBLISHED';

export interface Caller {
  username?: string;
  roles: readonly string[];
}

/**
 * The actions to offer on a session: those its state allows (the API's allowedActions, or the
 * state table when absent), narrowed to the caller's roles. unit_leader/admin publish, cancel,
 * postpone and delegate; check-in and check-out are the presiding official's, whom the API
 * recognises by their account: reception officers and leaders see them, the API decides.
 */
export function actionsFor(session: Session, caller: Caller): SessionAction[] {
  const possible: readonly SessionAction[] =
    session.allowedActions ??
    (inProgress(session) ? ['CHECK_OUT'] : session.status ? BY_STATUS[session.status] : []);
  const manager = caller.roles.includes('unit_leader') || caller.roles.includes('admin');
  const receiver = manager || caller.roles.includes('reception_officer');
  return SESSION_ACTIONS.filter(
    (action) => possible.includes(action) && (LEADER_ACTIONS.includes(action) ? manager : receiver),
  );
}

/** The allowed actions a 409 problem lists (allowedActions), if it lists any. */
export function allowedActionsOf(error: unknown): SessionAction[] | undefined {
  if (!isApiProblem(error) || error.status !== 409) return undefined;
  const value = error.extensions?.allowedActions;
  if (Array.isArray(value)) return SESSION_ACTIONS.filter((action) => value.includes(action));
  // Otherwise the field error on "status" (ACTION_NOT_ALLOWED) ends with the allowed ones.
  const issue = error.errors?.find((item) => item.code === 'ACTION_NOT_ALLOWED');
  if (!issue) return undefined;
  const listed = issue.message.split(':').at(-1) ?? '';
  return SESSION_ACTIONS.filter((action) => new RegExp(`\\b${action}\\b`).test(listed));
}

/** Minutes of grace after the planned start before a check-in counts as late (as the API). */
export const LATE_TOLERANCE_MINUTES = 10;

/** Late: the API says so, or the check-in came after the planned start plus the tolerance. */
export function isLate(session: Session): boolean {
  if (session.late !== undefined) return session.late;
  if (!session.actualStart) return false;
  const planned = dayjs.tz(`${session.date} ${session.start}`, 'YYYY-MM-DD HH:mm', TIME_ZONE);
  return dayjs(session.actualStart).isAfter(planned.add(LATE_TOLERANCE_MINUTES, 'minute'));
}

/** HH:mm of an instant in Việt Nam time. */
export const formatTime = (instant: string | undefined) =>
  instant ? dayjs(instant).tz(TIME_ZONE).format('HH:mm') : '';

/** "07:00–08:00" from the wire's HH:mm or HH:mm:ss. */
export const timeRange = (start?: string, end?: string) =>
  `${(start ?? '').slice(0, 5)}–${(end ?? '').slice(0, 5)}`;
