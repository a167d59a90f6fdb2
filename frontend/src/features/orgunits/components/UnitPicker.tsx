import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgUnitOptions } from '../api/org-units';
import type { UnitRef } from '../api/types';

/** Picks a unit by typing part of its name or code; the API searches accent-insensitively. */
export function UnitPicker({
  id,
  value,
  onChange,
  initial,
  excludeId,
  includeClosed = false,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** The unit already chosen, shown before any search (e.g. the current parent). */
  initial?: UnitRef | null;
  excludeId?: string;
  includeClosed?: boolean;
}) {
  const { t } = useTranslation('orgunits');
  const [query, setQuery] = useState('');
  const { data, isFetching } = useOrgUnitOptions({ q: query || undefined, includeClosed });
  const options = (data?.items ?? [])
    .filter((unit) => unit.id !== excludeId)
    .map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }));
  if (initial && !options.some((option) => option.value === initial.id)) {
    options.unshift({ value: initial.id, label: `${initial.name} (${initial.code})` });
  }
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      allowClear
      value={value ?? undefined}
      onChange={(next) => onChange?.(next)}
      options={options}
      loading={isFetching}
      placeholder={t('unitPicker.placeholder')}
      notFoundContent={t('unitPicker.none')}
    />
  );
}
