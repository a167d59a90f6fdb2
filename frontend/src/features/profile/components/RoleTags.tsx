import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRole } from '@/lib/roles';

/** Realm roles as tags with their translated names; an unknown role shows its technical name. */
export function RoleTags({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation(['roles', 'profile']);
  const known = roles.filter(isRole);
  if (known.length === 0) {
    return <Typography.Text type="secondary">{t('profile:noRoles')}</Typography.Text>;
  }
  return (
    <Flex wrap gap={8}>
      {known.map((role) => (
        <Tag key={role} color="geekblue" data-role={role}>
          {t(`roles:${role}`)}
        </Tag>
      ))}
    </Flex>
  );
}
