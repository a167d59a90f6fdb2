import { EditOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { hasAnyRole, useRoles } from '@/lib/authorization';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { useDeadlineRules } from '../api/deadline-rules';
import type { DeadlineRule } from '../api/types';
import { describeDuration, describeVariants } from '../utils/describe';
import { DeadlineRuleEditModal } from './DeadlineRuleEditModal';
import { DeadlineTryPanel } from './DeadlineTryPanel';

const ruleKey = (rule: DeadlineRule) => `${rule.code ?? ''}@${rule.validFrom ?? ''}`;

/**
 * /deadline-rules: the legal deadline rules in force on a chosen day, a panel to try a deadline
 * and, for the admin, the correction of a rule version.
 */
export function DeadlineRulesPage() {
  const { t } = useTranslation('deadlines');
  const [at, setAt] = useState<Dayjs>(() => dayjs());
  const [onlyUnconfirmed, setOnlyUnconfirmed] = useState(false);
  const [editing, setEditing] = useState<DeadlineRule>();
  const canEdit = hasAnyRole(useRoles(), ['admin']);
  const { data, error, isFetching } = useDeadlineRules(toApiDate(at) ?? '');
  const switchId = useId();
  const rules = data ?? [];
  const shown = onlyUnconfirmed ? rules.filter((rule) => rule.needsLegalConfirmation) : rules;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('intro')} />
      <Card>
        <Flex gap={16} wrap align="center">
          <Space>
            <Typography.Text>{t('at')}</Typography.Text>
            <DatePicker
              aria-label={t('at')}
              format={DATE_FORMAT}
              allowClear={false}
              value={at}
              onChange={(value) => {
                if (value) setAt(value);
              }}
            />
          </Space>
          <Space>
            <Switch id={switchId} checked={onlyUnconfirmed} onChange={setOnlyUnconfirmed} />
            <label htmlFor={switchId}>{t('onlyUnconfirmed')}</label>
          </Space>
        </Flex>
      </Card>
      {error && <ProblemAlert error={error} />}
      <Card>
        <DeadlineRulesTable
          rules={shown}
          loading={isFetching}
          onEdit={canEdit ? setEditing : undefined}
        />
      </Card>
      <DeadlineTryPanel rules={rules} startDate={at} />
      {canEdit && <DeadlineRuleEditModal rule={editing} onClose={() => setEditing(undefined)} />}
    </Flex>
  );
}

/** The rule versions; an edit button per row when `onEdit` is given (admin). */
export function DeadlineRulesTable({
  rules,
  loading = false,
  onEdit,
}: {
  rules: readonly DeadlineRule[];
  loading?: boolean;
  onEdit?: (rule: DeadlineRule) => void;
}) {
  const { t } = useTranslation('deadlines');
  return (
    <Table<DeadlineRule>
      rowKey={ruleKey}
      size="small"
      loading={loading}
      dataSource={[...rules]}
      locale={{ emptyText: t('empty') }}
      pagination={false}
      footer={() => t('total', { count: rules.length })}
      columns={[
        {
          key: 'code',
          title: t('columns.code'),
          dataIndex: 'code',
          render: (value: string, rule) => (
            <Flex vertical gap={4} align="start">
              <Typography.Text code>{value}</Typography.Text>
              {rule.needsLegalConfirmation && (
                <Tag
                  className="status-tag status-postponed"
                  icon={<ExclamationCircleOutlined aria-hidden />}
                >
                  {t('needsLegalConfirmation')}
                </Tag>
              )}
            </Flex>
          ),
        },
        {
          key: 'subject',
          title: t('columns.subject'),
          dataIndex: 'subject',
          render: (value?: DeadlineRule['subject']) => value && t(`subjects.${value}`),
        },
        {
          key: 'triggerEvent',
          title: t('columns.triggerEvent'),
          dataIndex: 'triggerEvent',
          render: (value?: string) => <div style={{ maxWidth: 200 }}>{value}</div>,
        },
        {
          key: 'duration',
          title: t('columns.duration'),
          render: (_, rule) => describeDuration(t, rule),
        },
        {
          key: 'variants',
          title: t('columns.variants'),
          dataIndex: 'variants',
          render: (value: DeadlineRule['variants']) => (
            <div style={{ maxWidth: 260 }}>{describeVariants(t, value)}</div>
          ),
        },
        {
          key: 'pauses',
          title: t('columns.pauses'),
          dataIndex: 'pausesExcluded',
          render: (value?: boolean) =>
            value && <Tag className="status-tag status-published">{t('pausesExcluded')}</Tag>,
        },
        {
          key: 'legalBasis',
          title: t('columns.legalBasis'),
          dataIndex: 'legalBasis',
          render: (value?: string) => <div style={{ maxWidth: 220 }}>{value}</div>,
        },
        {
          key: 'validity',
          title: t('columns.validity'),
          render: (_, rule) =>
            t('validity', {
              from: formatDate(rule.validFrom),
              to: rule.validTo ? formatDate(rule.validTo) : t('openEnded'),
            }),
        },
        ...(onEdit
          ? [
              {
                key: 'actions',
                title: t('columns.actions'),
                render: (_: unknown, rule: DeadlineRule) => (
                  <Tooltip title={t('actions.edit')}>
                    <Button
                      size="small"
                      aria-label={`${t('actions.edit')} ${rule.code ?? ''}`}
                      icon={<EditOutlined aria-hidden />}
                      onClick={() => onEdit(rule)}
                    />
                  </Tooltip>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
