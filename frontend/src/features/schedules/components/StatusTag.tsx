import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Session, SessionStatus } from '../api/types';
import { inProgress, isLate, statusClass } from '../utils/status';

/** The status of a session as a coloured tag; a checked-in session shows "in progress". */
export function StatusTag({
  status,
  session,
}: {
  status: SessionStatus | undefined;
  session?: Session;
}) {
  const { t } = useTranslation('schedules');
  const running = session ? inProgress(session) : false;
  return (
    <Tag className={running ? 'status-tag status-in_progress' : statusClass(status)}>
      {t(running ? 'status.IN_PROGRESS' : `status.${status ?? 'PLANNED'}`)}
    </Tag>
  );
}

/** Badges after the status: late check-in, delegated presiding. */
export function SessionBadges({ session }: { session: Session }) {
  const { t } = useTranslation('schedules');
  return (
    <>
      {isLate(session) && <Tag className="status-tag status-late">{t('late')}</Tag>}
      {session.delegated && <Tag className="status-tag status-planned">{t('delegated')}</Tag>}
    </>
  );
}
