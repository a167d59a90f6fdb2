import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatWeekdayDate } from '@/lib/format';
import type { Session } from '../api/types';
import { formatTime, isCancelledOrPostponed, timeRange } from '../utils/status';
import { SessionBadges, StatusTag } from './StatusTag';

/** The details of one session, as the drawer and the today page show them. */
export function SessionFacts({ session }: { session: Session }) {
  const { t, i18n } = useTranslation('schedules');
  const items = [
    {
      key: 'date',
      label: t('field.date'),
      children: formatWeekdayDate(session.date, i18n.language),
    },
    { key: 'time', label: t('field.time'), children: timeRange(session.start, session.end) },
    { key: 'unit', label: t('field.unit'), children: session.unit?.name },
    { key: 'place', label: t('field.place'), children: session.place },
    {
      key: 'channel',
      label: t('field.channel'),
      children: session.channel && t(`channel.${session.channel}`),
    },
    { key: 'kind', label: t('field.kind'), children: session.kind && t(`kind.${session.kind}`) },
    {
      key: 'program',
      label: t('field.program'),
      children:
        session.program && session.program !== 'NONE' ? t(`program.${session.program}`) : undefined,
    },
    {
      key: 'presiding',
      label: t('field.presiding'),
      children: session.presidingOfficial
        ? [session.presidingOfficial.position, session.presidingOfficial.fullName]
            .filter(Boolean)
            .join(' ')
        : undefined,
    },
    {
      key: 'delegationReason',
      label: t('field.delegationReason'),
      children: session.delegated ? session.delegationReason : undefined,
    },
    {
      key: 'status',
      label: t('field.status'),
      children: (
        <>
          <StatusTag status={session.status} session={session} />
          <SessionBadges session={session} />
        </>
      ),
    },
    {
      key: 'notice',
      label: t('field.notice'),
      children:
        isCancelledOrPostponed(session.status) || session.notice ? (
          <Typography.Text strong>{session.notice}</Typography.Text>
        ) : undefined,
    },
    {
      key: 'actualStart',
      label: t('field.actualStart'),
      children: formatTime(session.actualStart) || undefined,
    },
    {
      key: 'actualEnd',
      label: t('field.actualEnd'),
      children: formatTime(session.actualEnd) || undefined,
    },
    {
      key: 'visitors',
      label: t('field.visitors'),
      children:
        session.status === 'HELD_NO_VISITORS'
          ? t('field.noVisitors')
          : session.visitorsCount !== undefined
            ? String(session.visitorsCount)
            : undefined,
    },
  ].filter((item) => item.children !== undefined && item.children !== '');
  return <Descriptions column={1} size="small" bordered items={items} />;
}
