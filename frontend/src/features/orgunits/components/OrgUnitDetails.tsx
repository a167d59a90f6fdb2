import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PageLoading } from '@/components/feedback/PageLoading';
import { Can } from '@/lib/authorization';
import { formatDate } from '@/lib/format';
import { isApiProblem } from '@/lib/problem';
import { useOrgUnit } from '../api/org-unit';
import type { OrgUnit, Succession, UnitRef } from '../api/types';
import { CloseOrgUnitModal } from './CloseOrgUnitModal';
import { OfficialsTable } from './OfficialsTable';
import { OrgUnitFormModal } from './OrgUnitFormModal';
import { UnitNotFound } from './UnitNotFound';
import { Validity } from './Validity';

function UnitLink({ unit }: { unit: UnitRef }) {
  const [params] = useSearchParams();
  const search = params.toString() ? `?${params.toString()}` : '';
  return (
    <Link to={{ pathname: `/org-units/${unit.id}`, search }}>
      {unit.name} ({unit.code})
    </Link>
  );
}

/** Incoming links name the predecessor, outgoing ones the successor. */
function Successions({ items, direction }: { items: Succession[]; direction: 'from' | 'to' }) {
  const { t } = useTranslation(['orgunits', 'org']);
  return (
    <ul className="plain-list">
      {items.map((item) => {
        const other = direction === 'from' ? item.predecessor : item.successor;
        return (
          <li key={item.id ?? `${other?.id}-${item.kind}`}>
            {t(`orgunits:succession.${direction}`, {
              kind: t(`org:succession.${item.kind}`),
              date: formatDate(item.effectiveDate),
            })}{' '}
            {other && <UnitLink unit={other} />}
            {item.legalBasis && (
              <Typography.Text type="secondary">
                {' '}
                · {t('orgunits:succession.legalBasis', { basis: item.legalBasis })}
              </Typography.Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Details({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation(['orgunits', 'org']);
  const places = unit.receptionPlaces ?? [];
  const predecessors = unit.predecessors ?? [];
  const successors = unit.successors ?? [];
  return (
    <Descriptions
      column={1}
      bordered
      size="small"
      styles={{ label: { width: 190 } }}
      items={[
        { key: 'code', label: t('fields.code'), children: unit.code },
        { key: 'kind', label: t('fields.kind'), children: t(`org:kind.${unit.kind}`) },
        { key: 'level', label: t('fields.level'), children: t(`org:level.${unit.level}`) },
        {
          key: 'parent',
          label: t('fields.parent'),
          children: unit.parent ? <UnitLink unit={unit.parent} /> : t('none'),
        },
        {
          key: 'validity',
          label: t('fields.validity'),
          children: <Validity from={unit.validFrom} to={unit.validTo} />,
        },
        { key: 'adminUnitCode', label: t('fields.adminUnitCode'), children: unit.adminUnitCode },
        { key: 'address', label: t('fields.address'), children: unit.address },
        {
          key: 'phone',
          label: t('fields.phone'),
          children: unit.phone && <a href={`tel:${unit.phone.replace(/\s/g, '')}`}>{unit.phone}</a>,
        },
        {
          key: 'places',
          label: t('fields.receptionPlaces'),
          children:
            places.length === 0 ? (
              t('none')
            ) : (
              <ul className="plain-list">
                {places.map((place) => (
                  <li key={place.id ?? place.name}>
                    <strong>{place.name}</strong> ({t(`org:receptionPlace.${place.kind}`)})
                    <br />
                    {place.address}
                  </li>
                ))}
              </ul>
            ),
        },
        {
          key: 'successions',
          label: t('fields.successions'),
          children:
            predecessors.length + successors.length === 0 ? (
              t('none')
            ) : (
              <>
                <Successions items={predecessors} direction="from" />
                <Successions items={successors} direction="to" />
              </>
            ),
        },
      ]}
    />
  );
}

/** The unit page: its data, its reception places, its successions and its officials. */
export function OrgUnitDetails({ id }: { id: string }) {
  const { t } = useTranslation('orgunits');
  const { data: unit, error, isPending } = useOrgUnit(id);
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);

  if (isPending) return <PageLoading />;
  if (isApiProblem(error) && error.status === 404) return <UnitNotFound />;
  if (error) return <ProblemAlert error={error} />;
  if (!unit) return <Empty />;

  return (
    <Flex vertical gap={16}>
      <Card
        title={<h2 className="card-title unit-name">{unit.name}</h2>}
        extra={
          <Can roles={['admin']}>
            <Flex gap={8} wrap>
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('actions.edit')}
              </Button>
              {!unit.validTo && (
                <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setClosing(true)}>
                  {t('actions.close')}
                </Button>
              )}
            </Flex>
          </Can>
        }
      >
        <Details unit={unit} />
      </Card>
      <OfficialsTable unit={unit} />
      <OrgUnitFormModal open={editing} unit={unit} onClose={() => setEditing(false)} />
      <CloseOrgUnitModal open={closing} unit={unit} onClose={() => setClosing(false)} />
    </Flex>
  );
}
