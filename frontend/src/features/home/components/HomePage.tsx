import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatWeekdayDate } from '@/lib/format';

/** Dashboard placeholder: greets the official. Widgets for their roles will join it. */
export function HomePage() {
  const { t, i18n } = useTranslation('home');
  const { data: me } = useCurrentUser();

  // The Mass Mobilization board (danvan) lands on its dashboard.
  if (me?.roles.includes('mobilization_viewer')) return <Navigate to="/dashboard" replace />;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {me ? t('greeting', { name: me.name }) : t('title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
        {me?.orgUnit?.name && (
          <Typography.Paragraph>{t('unit', { unit: me.orgUnit.name })}</Typography.Paragraph>
        )}
        <Typography.Paragraph type="secondary">
          {t('today', { date: formatWeekdayDate(new Date(), i18n.language) })}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
