import { Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PeriodPicker } from '@/components/reports/PeriodPicker';
import { UnitTreeSelect } from '@/components/reports/UnitTreeSelect';
import { useDefaultUnit } from '@/lib/reports/units';
import { periodQueryOf, type PeriodChoice } from '@/lib/reports/period';
import { ApiProblem, isApiProblem } from '@/lib/problem';
import { useCreateSubmission } from '../api/submissions';

/** The kinds a report is submitted for (a free range is not a report period). */
export const SUBMITTABLE_KINDS = [
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'H1',
  '9M',
  'Y',
  'MONTH',
  'BSVND_H1',
  'BSVND_Y',
];

const FIELDS = ['unitId', 'period'] as const;
type Field = (typeof FIELDS)[number];

/** Creates a draft report for a unit and a period, then opens it. */
export function CreateSubmissionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('submissions');
  const navigate = useNavigate();
  const defaultUnit = useDefaultUnit();
  const [unit, setUnit] = useState<string>();
  const [period, setPeriod] = useState<PeriodChoice>({ mode: 'period', year: dayjs().year() });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<unknown>();
  const create = useCreateSubmission();
  const unitId = unit ?? defaultUnit;
  const query = periodQueryOf(period);

  const onError = (error: unknown) => {
    if (!isApiProblem(error)) return setProblem(error);
    const mine = (error.errors ?? []).filter((item) =>
      (FIELDS as readonly string[]).includes(item.field),
    );
    setErrors(Object.fromEntries(mine.map((item) => [item.field, item.message || item.code])));
    const rest = (error.errors ?? []).filter((item) => !mine.includes(item));
    setProblem(
      mine.length > 0 && rest.length === 0
        ? undefined
        : new ApiProblem({ ...error, errors: rest.length ? rest : undefined }),
    );
  };

  const submit = () => {
    setProblem(undefined);
    const local = {
      unitId: unitId ? undefined : t('create.unitRequired'),
      period: query ? undefined : t('create.periodRequired'),
    };
    setErrors(local);
    if (!unitId || !query || !('period' in query)) return;
    create.mutate(
      { unitId, period: query.period },
      {
        onSuccess: (created) => {
          onClose();
          void navigate(`/reports/submissions/${created.summary.id}`);
        },
        onError,
      },
    );
  };

  const status = (field: Field) => (errors[field] ? ('error' as const) : undefined);
  return (
    <Modal
      open={open}
      title={t('create.title')}
      okText={t('create.ok')}
      cancelText={t('cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={640}
    >
      <Form layout="vertical">
        <Form.Item
          label={t('field.unit')}
          htmlFor="create-unit"
          required
          validateStatus={status('unitId')}
          help={errors.unitId}
        >
          <UnitTreeSelect id="create-unit" value={unitId} onChange={setUnit} />
        </Form.Item>
        <PeriodPicker
          idPrefix="create-period"
          namedOnly
          kinds={SUBMITTABLE_KINDS}
          value={period}
          onChange={setPeriod}
          error={errors.period}
        />
        {problem !== undefined && <ProblemAlert error={problem} />}
      </Form>
    </Modal>
  );
}
