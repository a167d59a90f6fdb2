import { EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { Can, useRoles } from '@/lib/authorization';
import { useOfficials } from '../api/officials';
import type { Official, OrgUnit } from '../api/types';
import { CloseOfficialModal } from './CloseOfficialModal';
import { OfficialFormModal } from './OfficialFormModal';
import { Validity } from './Validity';

const PAGE_SIZE = 10;

/** The unit's officials: name, position, head or deputy, account and validity. */
export function OfficialsTable({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation('orgunits');
  const isAdmin = useRoles().includes('admin');
  const [includeClosed, setIncludeClosed] = useState(false);
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Official | 'new' | undefined>();
  const [closing, setClosing] = useState<Official | undefined>();
  const { data, error, isFetching } = useOfficials({
    unit: unit.id ?? '',
    includeClosed,
    page,
    size: PAGE_SIZE,
  });

  return (
    <Card
      title={<h2 className="card-title">{t('officials.title')}</h2>}
      extra={
        <Flex gap={12} align="center" wrap>
          <Flex gap={6} align="center">
            <Switch
              id="officials-include-closed"
              size="small"
              checked={includeClosed}
              onChange={(checked) => {
                setIncludeClosed(checked);
                setPage(0);
              }}
            />
            <label htmlFor="officials-include-closed">{t('officials.includeClosed')}</label>
          </Flex>
          <Can roles={['admin']}>
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setEditing('new')}
              disabled={Boolean(unit.validTo)}
            >
              {t('officials.add')}
            </Button>
          </Can>
        </Flex>
      }
    >
      {error && <ProblemAlert error={error} />}
      <Table<Official>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('officials.empty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: data?.totalItems ?? 0,
          hideOnSinglePage: true,
          onChange: (next) => setPage(next - 1),
        }}
        columns={[
          {
            key: 'name',
            title: t('officials.name'),
            render: (_, official) => (
              <Flex gap={6} wrap align="center">
                <span>{official.fullName}</span>
                {official.head && <Tag color="red">{t('officials.head')}</Tag>}
                {official.deputy && <Tag color="blue">{t('officials.deputy')}</Tag>}
              </Flex>
            ),
          },
          { key: 'position', title: t('officials.position'), dataIndex: 'position' },
          {
            key: 'account',
            title: t('officials.account'),
            render: (_, official) =>
              official.keycloakUsername ? (
                <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                  {official.keycloakUsername}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">{t('officials.noAccount')}</Typography.Text>
              ),
          },
          {
            key: 'validity',
            title: t('fields.validity'),
            render: (_, official) => (
              <Validity from={official.validFrom} to={official.validTo} compact />
            ),
          },
          ...(isAdmin
            ? [
                {
                  key: 'actions',
                  title: t('officials.actions'),
                  render: (_: unknown, official: Official) => (
                    <Flex gap={4}>
                      <Button
                        size="small"
                        icon={<EditOutlined aria-hidden />}
                        aria-label={t('officials.edit', { name: official.fullName })}
                        onClick={() => setEditing(official)}
                      />
                      {!official.validTo && (
                        <Button
                          size="small"
                          danger
                          icon={<StopOutlined aria-hidden />}
                          aria-label={t('officials.close', { name: official.fullName })}
                          onClick={() => setClosing(official)}
                        />
                      )}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      <OfficialFormModal
        open={editing !== undefined}
        unit={unit}
        official={editing === 'new' ? undefined : editing}
        onClose={() => setEditing(undefined)}
      />
      {closing && (
        <CloseOfficialModal open official={closing} onClose={() => setClosing(undefined)} />
      )}
    </Card>
  );
}
