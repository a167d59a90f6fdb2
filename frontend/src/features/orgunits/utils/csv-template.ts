/** The columns POST /api/v1/org-units/import expects, in order. */
export const IMPORT_COLUMNS = [
  'code',
  'name',
  'kind',
  'level',
  'parentCode',
  'adminUnitCode',
  'address',
  'phone',
  'receptionPlace',
  'validFrom',
] as const;

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The header and one example row, for officials to fill in (Excel reads UTF-8 with the BOM). */
export function importTemplate(): string {
  const example = [
    'DN-VIDU',
    'UBND xã Ví Dụ',
    'COMMUNE_PEOPLES_COMMITTEE',
    'COMMUNE',
    'DN',
    '26000',
    'Số 1 đường Ví Dụ, xã Ví Dụ, tỉnh Đồng Nai',
    '0251 3822 000',
    'Số 3 đường Ví Dụ, xã Ví Dụ, tỉnh Đồng Nai',
    '2025-07-01',
  ];
  return `${IMPORT_COLUMNS.join(',')}\n${example.map(quote).join(',')}\n`;
}

export const templateHref = () =>
  `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${importTemplate()}`)}`;

/** Text read from a file drops the BOM Excel writes, which would spoil the first column name. */
export const stripBom = (text: string) => text.replace(/^\uFEFF/, '');
