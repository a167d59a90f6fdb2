import { DeleteOutlined, ExclamationCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { useProblemForm } from '@/lib/useProblemForm';
import { useComputeDeadline } from '../api/deadline-rules';
import {
  DEADLINE_VARIANTS,
  type ComputeDeadlineRequest,
  type DeadlineRule,
  type DeadlineVariant,
} from '../api/types';

interface Values {
  ruleCode?: string;
  startDate?: Dayjs;
  variants?: DeadlineVariant[];
  extensions?: { days?: number; decisionRef?: string }[];
  pauses?: { from?: Dayjs; to?: Dayjs }[];
}

const FIELDS = ['ruleCode', 'startDate', 'variants', 'extensions', 'pauses'] as const;

/** "Tính thử thời hạn": computes a due date on the server with its derivation; nothing is stored. */
export function DeadlineTryPanel({
  rules,
  startDate,
}: {
  /** The rules offered in the select. */
  rules: readonly DeadlineRule[];
  /** The start date the form opens with. */
  startDate?: Dayjs;
}) {
  const { t } = useTranslation('deadlines');
  const [form] = Form.useForm<Values>();
  const compute = useComputeDeadline();
  const { problem, onError, clear } = useProblemForm(form, FIELDS);
  const codes = [...new Set(rules.map((rule) => rule.code).filter(Boolean))] as string[];

  const submit = (values: Values) => {
    const body: ComputeDeadlineRequest = {
      ruleCode: values.ruleCode,
      startDate: toApiDate(values.startDate),
      variants: values.variants ?? [],
      extensions: (values.extensions ?? []).map((extension) => ({
        days: extension.days,
        decisionRef: extension.decisionRef?.trim() || undefined,
      })),
      pauses: (values.pauses ?? []).map((pause) => ({
        from: toApiDate(pause.from),
        to: toApiDate(pause.to),
      })),
    };
    clear();
    compute.reset();
    compute.mutate(body, { onError });
  };

  const required = { required: true, message: t('try.required') };
  const due = compute.data;
  return (
    <Card title={<h2 className="card-title">{t('try.title')}</h2>}>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={14}>
          <Typography.Paragraph type="secondary">{t('try.intro')}</Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{ startDate, variants: [], extensions: [], pauses: [] }}
          >
            <Flex gap={16} wrap>
              <Form.Item name="ruleCode" label={t('try.rule')} rules={[required]}>
                <Select
                  showSearch
                  style={{ minWidth: 220 }}
                  placeholder={t('try.rulePlaceholder')}
                  options={codes.map((code) => ({ value: code, label: code }))}
                />
              </Form.Item>
              <Form.Item name="startDate" label={t('try.startDate')} rules={[required]}>
                <DatePicker format={DATE_FORMAT} />
              </Form.Item>
            </Flex>
            <Form.Item name="variants" label={t('try.variants')}>
              <Checkbox.Group
                options={DEADLINE_VARIANTS.map((variant) => ({
                  value: variant,
                  label: t(`try.variantOptions.${variant}`),
                }))}
              />
            </Form.Item>
            <Typography.Text strong>{t('try.extensions')}</Typography.Text>
            <Form.List name="extensions">
              {(items, { add, remove }) => (
                <Flex vertical gap={4} style={{ marginBlock: 8 }}>
                  {items.map((item) => (
                    <Space key={item.key} align="start" wrap>
                      <Form.Item
                        name={[item.name, 'days']}
                        rules={[required]}
                        style={{ marginBottom: 8 }}
                      >
                        <InputNumber<number>
                          aria-label={t('try.extensionDays')}
                          placeholder={t('try.extensionDays')}
                          min={1}
                          precision={0}
                          style={{ width: 170 }}
                        />
                      </Form.Item>
                      <Form.Item name={[item.name, 'decisionRef']} style={{ marginBottom: 8 }}>
                        <Input
                          aria-label={t('try.decisionRef')}
                          placeholder={t('try.decisionRef')}
                          autoComplete="off"
                        />
                      </Form.Item>
                      <Button
                        aria-label={t('try.remove')}
                        icon={<DeleteOutlined aria-hidden />}
                        onClick={() => remove(item.name)}
                      />
                    </Space>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined aria-hidden />}
                    onClick={() => add({})}
                    style={{ alignSelf: 'start' }}
                  >
                    {t('try.addExtension')}
                  </Button>
                </Flex>
              )}
            </Form.List>
            <Typography.Text strong>{t('try.pauses')}</Typography.Text>
            <Form.List name="pauses">
              {(items, { add, remove }) => (
                <Flex vertical gap={4} style={{ marginBlock: 8 }}>
                  {items.map((item) => (
                    <Space key={item.key} align="start" wrap>
                      <Form.Item
                        name={[item.name, 'from']}
                        rules={[required]}
                        style={{ marginBottom: 8 }}
                      >
                        <DatePicker format={DATE_FORMAT} aria-label={t('try.pauseRange')} />
                      </Form.Item>
                      <Form.Item
                        name={[item.name, 'to']}
                        rules={[required]}
                        style={{ marginBottom: 8 }}
                      >
                        <DatePicker format={DATE_FORMAT} aria-label={t('try.pauseRange')} />
                      </Form.Item>
                      <Button
                        aria-label={t('try.remove')}
                        icon={<DeleteOutlined aria-hidden />}
                        onClick={() => remove(item.name)}
                      />
                    </Space>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined aria-hidden />}
                    onClick={() => add({})}
                    style={{ alignSelf: 'start' }}
                  >
                    {t('try.addPause')}
                  </Button>
                </Flex>
              )}
            </Form.List>
            {problem !== undefined && <ProblemAlert error={problem} />}
            <Button
              type="primary"
              htmlType="submit"
              loading={compute.isPending}
              style={{ marginTop: 12 }}
            >
              {t('try.compute')}
            </Button>
          </Form>
        </Col>
        <Col xs={24} lg={10}>
          {due && (
            <Flex vertical gap={8} aria-live="polite">
              <Typography.Text type="secondary">{t('try.dueOn')}</Typography.Text>
              <Typography.Text strong style={{ fontSize: 32 }} data-testid="due-on">
                {formatDate(due.dueOn)}
              </Typography.Text>
              <Space wrap>
                {due.rule && <Typography.Text code>{due.rule}</Typography.Text>}
                {due.needsLegalConfirmation && (
                  <Tag
                    className="status-tag status-postponed"
                    icon={<ExclamationCircleOutlined aria-hidden />}
                  >
                    {t('needsLegalConfirmation')}
                  </Tag>
                )}
              </Space>
              {due.legalBasis && <Typography.Text>{due.legalBasis}</Typography.Text>}
              {due.shiftedFrom && (
                <Alert
                  type="info"
                  showIcon
                  title={t('try.shiftedFrom', { date: formatDate(due.shiftedFrom) })}
                />
              )}
              {(due.steps?.length ?? 0) > 0 && (
                <>
                  <Typography.Text strong>{t('try.steps')}</Typography.Text>
                  <ol aria-label={t('try.steps')} style={{ margin: 0, paddingInlineStart: 20 }}>
                    {due.steps?.map((step, index) => (
                      <li key={index}>{step}</li>
                    ))}
                  </ol>
                </>
              )}
            </Flex>
          )}
        </Col>
      </Row>
    </Card>
  );
}
