import { useTranslation } from 'react-i18next';
import type { Session } from '../api/types';
import { inProgress, isCancelledOrPostponed, timeRange } from '../utils/status';

/** One session inside a calendar cell: a button opening its details. */
export function SessionChip({
  session,
  onOpen,
}: {
  session: Session;
  onOpen: (s: Session) => void;
}) {
  const { t } = useTranslation('schedules');
  const status = inProgress(session) ? 'in_progress' : (session.status ?? 'PLANNED').toLowerCase();
  const struck = isCancelledOrPostponed(session.status);
  const time = timeRange(session.start, session.end);
  return (
    <button
      type="button"
      className={`session-chip status-${status}${struck ? ' session-struck' : ''}`}
      onClick={(event) => {
        event.stopPropagation();
        onOpen(session);
      }}
    >
      <span className={struck ? 'struck' : undefined}>{time}</span>{' '}
      <span>{session.unit?.name}</span>
      <span className="sr-only">
        {' '}
        ({t(inProgress(session) ? 'status.IN_PROGRESS' : `status.${session.status ?? 'PLANNED'}`)})
      </span>
    </button>
  );
}
