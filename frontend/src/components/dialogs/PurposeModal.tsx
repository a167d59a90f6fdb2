import { Alert, Form, Input, Modal } from 'antd';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { useProblemForm } from '@/lib/useProblemForm';

/** The words of a purpose dialog, already translated by the feature that opens it. */
export interface PurposeModalText {
  title: string;
  ok: string;
  cancel: string;
  warning: string;
  label: string;
  rule: string;
}

/**
 * Asks why before an audited look at protected data (a denouncer's identity, a secret document): a warning, a
 * purpose of at least 10 characters, and the server's field errors under the field (DOMAIN.md §8.1 (4)).
 */
export function PurposeModal({
  text,
  pending,
  onSubmit,
  onCancel,
}: {
  text: PurposeModalText;
  pending: boolean;
  onSubmit: (purpose: string, onError: (error: unknown) => void) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<{ purpose: string }>();
  const { problem, onError } = useProblemForm(form, ['purpose']);
  return (
    <Modal
      open
      title={text.title}
      okText={text.ok}
      okButtonProps={{ danger: true }}
      cancelText={text.cancel}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
    >
      <Alert type="warning" showIcon title={text.warning} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => onSubmit(values.purpose.trim(), onError)}
      >
        <Form.Item
          name="purpose"
          label={text.label}
          rules={[{ required: true, whitespace: true, min: 10, message: text.rule }]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      </Form>
      {problem !== undefined && <ProblemAlert error={problem} />}
    </Modal>
  );
}
