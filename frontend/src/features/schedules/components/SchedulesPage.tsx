import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { useCurrentUser } from '@/lib/auth/current-user';
import { Can } from '@/lib/authorization';
import { formatDate } from '@/lib/format';
import { useIdempotencyKey } from '@/lib/idempotency';
import { usePublishSchedule, useSchedules } from '../api/schedules';
import { EndScheduleModal } from './EndScheduleModal';
import type { Schedule } from '../api/types';
import { useVisibleUnits } from '../api/units';
import { presetOf, WEEKDAYS } from '../utils/rrule';
import { timeRange } from '../utils/status';
import { ScheduleFormModal } from './ScheduleFormModal';

const PAGE_SIZE = 20;

/** "Mọi ngày làm việc", "Thứ Hai, Thứ Năm"…, or the RRULE itself when no preset matches. */
function RecurrenceText({ rrule }: { rrule: string }) {
  const { t } = useTranslation('schedules');
  const preset = presetOf(rrule);
  if (!preset) return <code>{rrule}</code>;
  switch (preset.preset) {
    case 'WORKING_DAYS':
      return <>{t('editor.preset.WORKING_DAYS')}</>;
    case 'WEEKLY':
      return (
        <>
          {WEEKDAYS.filter((d) => preset.weekdays.includes(d))
            .map((d) => t(`weekday.${d}`))
            .join(', ')}
        </>
      );
    case 'MONTHLY_DAY':
      return <>{`${t('editor.preset.MONTHLY_DAY')} ${preset.day}`}</>;
    case 'MONTHLY_NTH':
      return <>{`${t(`editor.nthValue.${preset.nth}`)} · ${t(`weekday.${preset.weekday}`)}`}</>;
  }
}

/** /schedules: the reception schedules of the units the caller sees, with the editor. */
export function SchedulesPage() {
  const { t } = useTranslation('schedules');
  const { message } = App.useApp();
  const [unit, setUnit] = useState<string>();
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<{ schedule?: Schedule }>();
  const units = useVisibleUnits();
  const { data: me } = useCurrentUser();
  // A new schedule is for the chosen unit, else the caller's own.
  const defaultUnit =
    unit ?? units.data?.items?.find((item) => item.code === me?.orgUnit?.code)?.id;
  const { data, error, isFetching } = useSchedules(unit, page, PAGE_SIZE);
  const publish = usePublishSchedule();
  const keyFor = useIdempotencyKey();
  const [ending, setEnding] = useState<Schedule>();

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} className="page-title">
          {t('schedulesPage.title')}
        </Typography.Title>
        <Can roles={['unit_leader', 'admin']}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({})}>
            {t('schedulesPage.new')}
          </Button>
        </Can>
      </Flex>
      <Form layout="inline" className="filter-form">
        <Form.Item label={t('unitFilter')} htmlFor="schedules-unit">
          <Select
            id="schedules-unit"
            style={{ minWidth: 280 }}
            allowClear
            placeholder={t('allUnits')}
            value={unit}
            onChange={(value) => {
              setUnit(value);
              setPage(0);
            }}
            showSearch={{ optionFilterProp: 'label' }}
            options={(units.data?.items ?? []).map((u) => ({ value: u.id!, label: u.name ?? '' }))}
          />
        </Form.Item>
      </Form>
      {error && <ProblemAlert error={error} />}
      {publish.error && <ProblemAlert error={publish.error} />}
      <Table<Schedule>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('schedulesPage.empty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: data?.totalItems ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: (next) => setPage(next - 1),
        }}
        columns={[
          { key: 'unit', title: t('field.unit'), render: (_, s) => s.unit?.name },
          {
            key: 'title',
            title: t('field.title'),
            render: (_, s) => (
              <>
                <div>{s.title}</div>
                {s.program && s.program !== 'NONE' && <strong>{t(`program.${s.program}`)}</strong>}
              </>
            ),
          },
          {
            key: 'recurrence',
            title: t('field.recurrence'),
            render: (_, s) => <RecurrenceText rrule={s.rrule ?? ''} />,
          },
          {
            key: 'slot',
            title: t('field.slot'),
            render: (_, s) => timeRange(s.startTime, s.endTime),
          },
          { key: 'place', title: t('field.place'), dataIndex: 'place' },
          {
            key: 'presiding',
            title: t('field.presiding'),
            render: (_, s) =>
              [s.presidingOfficial?.position, s.presidingOfficial?.fullName]
                .filter(Boolean)
                .join(' '),
          },
          {
            key: 'validity',
            title: t('schedulesPage.validity'),
            render: (_, s) => (
              <>
                <div>
                  {formatDate(s.validFrom)}
                  {s.validTo && ` – ${formatDate(s.validTo)}`}
                </div>
                {s.endedAt ? (
                  <Tag className="status-tag status-cancelled">{t('schedulesPage.closed')}</Tag>
                ) : s.publishedAt ? (
                  <Tag className="tag-current">{t('schedulesPage.current')}</Tag>
                ) : (
                  <Tag className="status-tag status-planned">{t('schedulesPage.draft')}</Tag>
                )}
              </>
            ),
          },
          {
            key: 'actions',
            title: <span className="sr-only">{t('schedulesPage.actions')}</span>,
            render: (_, s) =>
              !s.endedAt && (
                <Can roles={['unit_leader', 'admin']}>
                  <Flex gap={8} wrap>
                    {!s.publishedAt && (
                      <Button
                        size="small"
                        type="primary"
                        loading={publish.isPending && publish.variables?.id === s.id}
                        onClick={() => {
                          const body = { id: s.id ?? '', version: s.version ?? 0 };
                          publish.mutate(
                            { ...body, key: keyFor(body) },
                            { onSuccess: () => void message.success(t('schedulesPage.published')) },
                          );
                        }}
                      >
                        {t('schedulesPage.publish')}
                      </Button>
                    )}
                    <Button size="small" onClick={() => setEditing({ schedule: s })}>
                      {t('schedulesPage.edit')}
                    </Button>
                    <Button size="small" danger onClick={() => setEnding(s)}>
                      {t('schedulesPage.close')}
                    </Button>
                  </Flex>
                </Can>
              ),
          },
        ]}
      />
      {ending && <EndScheduleModal schedule={ending} onClose={() => setEnding(undefined)} />}
      <ScheduleFormModal
        open={editing !== undefined}
        schedule={editing?.schedule}
        unitId={defaultUnit}
        onClose={() => setEditing(undefined)}
      />
    </Flex>
  );
}
