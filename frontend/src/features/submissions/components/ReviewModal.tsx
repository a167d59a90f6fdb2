import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { useProblemForm } from '@/lib/useProblemForm';
import { useSubmissionStep } from '../api/submissions';
import type { SubmissionSummary } from '../api/types';

/** Accepts a submitted report (comment optional) or returns it (comment required). */
export function ReviewModal({
  submission,
  step,
  onClose,
}: {
  submission: SubmissionSummary;
  step: 'accept' | 'return';
  onClose: () => void;
}) {
  const { t } = useTranslation('submissions');
  const [form] = Form.useForm<{ comment?: string }>();
  const mutation = useSubmissionStep(submission.id, step);
  const { problem, onError, clear } = useProblemForm(form, ['comment']);
  const finish = (values: { comment?: string }) => {
    clear();
    mutation.mutate(
      { version: submission.version, comment: values.comment?.trim() || undefined },
      { onSuccess: onClose, onError },
    );
  };
  return (
    <Modal
      open
      title={t(`review.${step}Title`, {
        unit: submission.unitName ?? submission.unitCode,
        period: submission.periodCode,
      })}
      okText={t(`review.${step}`)}
      cancelText={t('cancel')}
      okButtonProps={{ danger: step === 'return' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={finish}>
        <Form.Item
          name="comment"
          label={t('review.comment')}
          rules={
            step === 'return'
              ? [{ required: true, whitespace: true, message: t('review.commentRequired') }]
              : []
          }
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        {problem !== undefined && <ProblemAlert error={problem} />}
      </Form>
    </Modal>
  );
}
