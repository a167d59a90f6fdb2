import type { TFunction } from 'i18next';
import type { DeadlineRule } from '../api/types';

/** "30 ngày", "10 ngày làm việc", "1 năm". */
export function describeDuration(t: TFunction, rule: Pick<DeadlineRule, 'duration' | 'unit'>) {
  if (rule.duration === undefined || !rule.unit) return '';
  return t(`deadlines:units.${rule.unit}`, { count: rule.duration });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const variantLabel = (t: TFunction, key: string) =>
  t(`deadlines:variantKeys.${key}`, { defaultValue: key });

/**
 * The variants object in words: longer periods ("Phức tạp: 45 · Vùng khó khăn: 45 · Cả hai: 60")
 * or the extensions allowed ("Gia hạn tối đa: phức tạp 1 lần, … mỗi lần 30 ngày").
 */
export function describeVariants(t: TFunction, variants: DeadlineRule['variants']): string {
  if (!isRecord(variants)) return '';
  const parts: string[] = [];
  const { maxExtensions, extensionDays, ...periods } = variants;
  const periodText = Object.entries(periods)
    .filter(([, value]) => typeof value === 'number')
    .map(([key, value]) => `${variantLabel(t, key)}: ${String(value)}`)
    .join(' · ');
  if (periodText) parts.push(periodText);
  if (isRecord(maxExtensions)) {
    const limits = Object.entries(maxExtensions)
      .filter(([, value]) => typeof value === 'number')
      .map(([key, value]) =>
        t('deadlines:variants.extensionLimit', {
          variant: variantLabel(t, key).toLocaleLowerCase(),
          count: value as number,
        }),
      )
      .join(', ');
    const each =
      typeof extensionDays === 'number'
        ? t('deadlines:variants.extensionDays', { count: extensionDays })
        : '';
    parts.push(
      t('deadlines:variants.extensions', { limits: [limits, each].filter(Boolean).join(', ') }),
    );
  } else if (typeof extensionDays === 'number') {
    parts.push(
      t('deadlines:variants.extensions', {
        limits: t('deadlines:variants.extensionDays', { count: extensionDays }),
      }),
    );
  }
  return parts.join(' · ');
}
