import { EnvironmentOutlined, PhoneOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Input, Pagination, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PageLoading } from '@/components/feedback/PageLoading';
import { usePublicUnits, type PublicUnit } from '../api/public-units';

const PAGE_SIZE = 12;

const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

function UnitCard({ unit }: { unit: PublicUnit }) {
  const { t } = useTranslation(['directory', 'org']);
  const places = unit.receptionPlaces ?? [];
  return (
    <Card className="directory-card" title={<h2 className="card-title">{unit.name}</h2>}>
      <Flex vertical gap={8}>
        <div>
          <Tag>{t(`org:kind.${unit.kind}`, { defaultValue: unit.kind })}</Tag>
        </div>
        {unit.address && (
          <div>
            <EnvironmentOutlined aria-hidden /> <span className="sr-only">{t('address')}: </span>
            {unit.address}
          </div>
        )}
        {unit.phone && (
          <div>
            <PhoneOutlined aria-hidden /> <span className="sr-only">{t('phone')}: </span>
            <a href={telHref(unit.phone)}>{unit.phone}</a>
          </div>
        )}
        <div>
          <strong>{t('places')}</strong>
          {places.length === 0 ? (
            <div>
              <Typography.Text type="secondary">{t('noPlaces')}</Typography.Text>
            </div>
          ) : (
            <ul className="plain-list">
              {places.map((place) => (
                <li key={`${place.name}-${place.address}`}>
                  {place.name} (
                  {t(`org:receptionPlace.${place.kind}`, { defaultValue: place.kind })})
                  <br />
                  <Typography.Text type="secondary">{place.address}</Typography.Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      </Flex>
    </Card>
  );
}

/** /danh-ba: "Danh bạ tiếp công dân", open to everyone, printable. */
export function DirectoryPage() {
  const { t } = useTranslation('directory');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const { data, error, isPending } = usePublicUnits(query, page, PAGE_SIZE);
  const units = data?.items ?? [];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} className="page-title">
          {t('title')}
        </Typography.Title>
        <Button
          className="no-print"
          icon={<PrinterOutlined aria-hidden />}
          onClick={() => window.print()}
        >
          {t('print')}
        </Button>
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }}>{t('intro')}</Typography.Paragraph>
      <Input.Search
        className="no-print"
        allowClear
        enterButton={t('search')}
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        onSearch={(value) => {
          setQuery(value.trim());
          setPage(0);
        }}
        style={{ maxWidth: 560 }}
      />
      {isPending && <PageLoading />}
      {error && <ProblemAlert error={error} />}
      {data && units.length === 0 && (
        <Empty description={query ? t('noMatch', { query }) : t('empty')} />
      )}
      {data && units.length > 0 && (
        <>
          <Typography.Text type="secondary" role="status">
            {t('count', { count: data.totalItems })}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            {units.map((unit) => (
              <Col key={unit.id ?? unit.code} xs={24} md={12} xl={8}>
                <UnitCard unit={unit} />
              </Col>
            ))}
          </Row>
          <Pagination
            className="no-print"
            align="center"
            current={page + 1}
            pageSize={PAGE_SIZE}
            total={data.totalItems}
            hideOnSinglePage
            showSizeChanger={false}
            onChange={(next) => setPage(next - 1)}
          />
        </>
      )}
    </Flex>
  );
}
