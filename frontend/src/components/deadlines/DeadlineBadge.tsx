import { Popover, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { formatDate } from '@/lib/format';
import './deadlines.css';

/** A computed legal date with its derivation (shared/design/API.md, "Representations"). */
export type Due = components['schemas']['Due'];

/** The colour the server gives a running deadline (DeadlineBadge: red ≤ 3 days or overdue, amber ≤ 7). */
export type BadgeColour = 'GREEN' | 'AMBER' | 'RED' | 'NONE';

export interface DeadlineBadgeProps {
  badge?: BadgeColour | string;
  dueOn?: string;
  daysLeft?: number;
  overdue?: boolean;
  paused?: boolean;
  /** Rule code, shown in the popover when no derivation came with the date. */
  rule?: string;
  /** The engine's derivation: steps shown on hover or focus. */
  due?: Due;
  /** A met deadline: no countdown, the day it was met. */
  metOn?: string;
  onTime?: boolean;
}

/** Class of the tag; the colours keep 4.5:1 contrast (text on a pale background). */
export const badgeClass = (badge: string | undefined) =>
  `deadline-badge deadline-${(badge ?? 'NONE').toLowerCase()}`;

/** The words on the badge: "Còn 5 ngày", "Quá hạn 2 ngày", "Hôm nay", "Tạm dừng", "Đã đáp ứng". */
export function useBadgeText() {
  const { t } = useTranslation();
  return ({ daysLeft, overdue, paused, metOn, onTime }: DeadlineBadgeProps) => {
    if (metOn) return t(onTime === false ? 'deadline.metLate' : 'deadline.met');
    if (paused) return t('deadline.paused');
    if (daysLeft === undefined || daysLeft === null) return t('deadline.none');
    if (overdue || daysLeft < 0) return t('deadline.overdue', { count: Math.abs(daysLeft) });
    if (daysLeft === 0) return t('deadline.today');
    return t('deadline.daysLeft', { count: daysLeft });
  };
}

/** The derivation of a due date: rule, legal basis, start, and every step the engine took. */
export function DerivationSteps({
  due,
  rule,
  dueOn,
}: {
  due?: Due;
  rule?: string;
  dueOn?: string;
}) {
  const { t } = useTranslation();
  const steps = due?.steps ?? [];
  return (
    <div className="deadline-derivation">
      {(due?.rule ?? rule) && (
        <div>
          {t('deadline.rule')}: <Typography.Text code>{due?.rule ?? rule}</Typography.Text>
        </div>
      )}
      {due?.legalBasis && (
        <div>
          {t('deadline.legalBasis')}: {due.legalBasis}
        </div>
      )}
      {due?.startedOn && (
        <div>
          {t('deadline.startedOn')}: {formatDate(due.startedOn)}
          {due.startEvent ? ` (${due.startEvent})` : ''}
        </div>
      )}
      {(due?.dueOn ?? dueOn) && (
        <div>
          {t('deadline.dueOn')}: <strong>{formatDate(due?.dueOn ?? dueOn)}</strong>
        </div>
      )}
      {steps.length > 0 ? (
        <ol aria-label={t('deadline.steps')} className="deadline-steps">
          {steps.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
      ) : (
        !due && <div>{t('deadline.noDerivation')}</div>
      )}
    </div>
  );
}

/**
 * A deadline's badge in the server's colour with the days left; hovering or focusing it shows how
 * the due date was computed.
 */
export function DeadlineBadge(props: DeadlineBadgeProps) {
  const { t } = useTranslation();
  const text = useBadgeText()(props);
  const colour = props.metOn ? 'NONE' : props.badge;
  if (!props.dueOn && !props.due && !props.metOn && !props.paused) return null;
  return (
    <Popover
      title={t('deadline.derivation')}
      content={<DerivationSteps due={props.due} rule={props.rule} dueOn={props.dueOn} />}
      trigger={['hover', 'focus']}
    >
      <Tag className={badgeClass(colour)} tabIndex={0} data-badge={colour ?? 'NONE'}>
        {text}
        {props.dueOn && !props.metOn ? ` · ${formatDate(props.dueOn)}` : ''}
      </Tag>
    </Popover>
  );
}
