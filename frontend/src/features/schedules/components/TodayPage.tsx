import { FormOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PageLoading } from '@/components/feedback/PageLoading';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole, useRoles } from '@/lib/authorization';
import { formatWeekdayDate } from '@/lib/format';
import { useSessions } from '../api/sessions';
import { today } from '../utils/range';
import { actionsFor, formatTime, timeRange } from '../utils/status';
import { SessionActions } from './SessionActions';
import { SessionBadges, StatusTag } from './StatusTag';

/** /sessions/today: the morning session of the caller's unit, with a big check-in button. */
export function TodayPage() {
  const { t, i18n } = useTranslation('schedules');
  const roles = useRoles();
  const navigate = useNavigate();
  // Visits are recorded by the unit's reception staff (issue 5), not by the admin.
  const recordsVisits = hasAnyRole(roles, ['reception_officer', 'unit_leader', 'petition_handler']);
  const { data: me } = useCurrentUser();
  const date = today().format('YYYY-MM-DD');
  // The API scopes the list to the units the caller may see; today's page keeps their own unit.
  const own = me?.orgUnit?.code;
  const { data, error, isPending } = useSessions({ from: date, to: date }, me !== undefined);
  const sessions = (data ?? [])
    .filter((session) => session.date === date)
    .filter((session) => !own || !session.unit?.code || session.unit.code === own)
    .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('todayPage.title')}
      </Typography.Title>
      <Typography.Text strong>{formatWeekdayDate(date, i18n.language)}</Typography.Text>
      <Typography.Paragraph style={{ margin: 0 }}>{t('todayPage.intro')}</Typography.Paragraph>
      {error && <ProblemAlert error={error} />}
      {isPending && <PageLoading />}
      {data && sessions.length === 0 && <Empty description={t('todayPage.none')} />}
      {sessions.map((session) => (
        <Card
          key={session.id}
          title={
            <h2 className="card-title">
              {session.unit?.name} · {timeRange(session.start, session.end)}
            </h2>
          }
        >
          <Flex vertical gap={12}>
            <div>
              <StatusTag status={session.status} session={session} />
              <SessionBadges session={session} />
            </div>
            <div>{t('todayPage.planned', { time: timeRange(session.start, session.end) })}</div>
            {session.place && <div>{session.place}</div>}
            {session.program && session.program !== 'NONE' && (
              <div>{t(`program.${session.program}`)}</div>
            )}
            {session.presidingOfficial && (
              <div>
                {t('field.presiding')}: {session.presidingOfficial.position}{' '}
                {session.presidingOfficial.fullName}
              </div>
            )}
            {session.actualStart && (
              <Typography.Text strong>
                {t('todayPage.started', { time: formatTime(session.actualStart) })}
              </Typography.Text>
            )}
            {session.actualEnd && (
              <Typography.Text strong>
                {t('todayPage.ended', { time: formatTime(session.actualEnd) })}
              </Typography.Text>
            )}
            <SessionActions
              size="large"
              session={session}
              actions={actionsFor(session, { username: me?.username, roles }).filter(
                (action) => action === 'CHECK_IN' || action === 'CHECK_OUT',
              )}
            />
            {recordsVisits && session.id && (
              <div>
                <Button
                  size="large"
                  icon={<FormOutlined aria-hidden />}
                  onClick={() => void navigate(`/visits/desk?session=${session.id}`)}
                >
                  {t('todayPage.recordVisit')}
                </Button>
              </div>
            )}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
