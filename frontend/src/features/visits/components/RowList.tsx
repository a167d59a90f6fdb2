import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row, type FormListFieldData } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A repeatable group of form fields (documents received, earlier handling by other agencies): one row per item
 * with its own fields, a remove button per row and an add button below.
 */
export function RowList({
  name,
  addLabel,
  initial,
  children,
}: {
  name: string;
  addLabel: string;
  /** The values of a new row. */
  initial: Record<string, unknown>;
  /** The columns of one row. */
  children: (field: FormListFieldData) => ReactNode;
}) {
  const { t } = useTranslation('visits');
  return (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, position) => (
            <Row key={field.key} gutter={8} align="top">
              {children(field)}
              <Col xs={4} md={2}>
                <Form.Item label=" ">
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`${t('desk.remove')} ${position + 1}`}
                    onClick={() => remove(field.name)}
                  />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(initial)}>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}
