import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Can } from '@/lib/authorization';
import { OrgTreePanel } from './OrgTreePanel';
import { OrgUnitDetails } from './OrgUnitDetails';
import { OrgUnitFormModal } from './OrgUnitFormModal';

/**
 * /org-units and /org-units/:id: the tree the caller may see on the left, the chosen unit on the
 * right. The date being viewed (?at=) stays in the address, so it survives moving between units.
 */
export function OrgUnitsPage() {
  const { t } = useTranslation('orgunits');
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const search = params.toString() ? `?${params.toString()}` : '';

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} className="page-title">
          {t('title')}
        </Typography.Title>
        <Can roles={['admin']}>
          <Flex gap={8} wrap>
            <Button
              icon={<UploadOutlined aria-hidden />}
              onClick={() => void navigate('/org-units/import')}
            >
              {t('import.link')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t('actions.create')}
            </Button>
          </Flex>
        </Can>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} xl={8} xxl={7}>
          <OrgTreePanel
            selectedId={id}
            onSelect={(unitId) => void navigate({ pathname: `/org-units/${unitId}`, search })}
          />
        </Col>
        <Col xs={24} lg={15} xl={16} xxl={17}>
          {id ? (
            <OrgUnitDetails key={id} id={id} />
          ) : (
            <Card>
              <Empty description={t('chooseUnit')} />
            </Card>
          )}
        </Col>
      </Row>
      <OrgUnitFormModal
        open={creating}
        onClose={(created) => {
          setCreating(false);
          if (created) void navigate(`/org-units/${created.id}`);
        }}
      />
    </Flex>
  );
}
