import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PageLoading } from '@/components/feedback/PageLoading';
import { useCurrentUser } from '@/lib/auth/current-user';
import { RoleTags } from './RoleTags';

/** The signed-in official as the API sees them: name, username, unit and roles. */
export function ProfilePage() {
  const { t } = useTranslation('profile');
  const { data: me, error, isPending } = useCurrentUser();

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      {isPending && <PageLoading />}
      {error && <ProblemAlert error={error} />}
      {me && (
        <Card>
          <Descriptions
            column={1}
            bordered
            size="middle"
            styles={{ label: { width: 200 } }}
            items={[
              { key: 'name', label: t('name'), children: me.name },
              { key: 'username', label: t('username'), children: me.username },
              { key: 'unit', label: t('unit'), children: me.orgUnit?.name ?? t('noUnit') },
              { key: 'unitCode', label: t('unitCode'), children: me.orgUnit?.code ?? '' },
              { key: 'roles', label: t('roles'), children: <RoleTags roles={me.roles ?? []} /> },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
