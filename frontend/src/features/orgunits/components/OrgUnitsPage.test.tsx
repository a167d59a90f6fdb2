import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/test/render';
import { OrgUnitsPage } from './OrgUnitsPage';

const PHULY = '00000000-0000-4000-8000-000000000007';
const TRANBIEN = '00000000-0000-4000-8000-000000000006';

const me = {
  username: 'canbo.phuly',
  name: 'Đỗ Văn Nam',
  roles: ['reception_officer'],
  orgUnit: { code: 'DN-PHULY', name: 'UBND xã Phú Lý' },
};
const phuLy = {
  id: PHULY,
  code: 'DN-PHULY',
  name: 'UBND xã Phú Lý',
  kind: 'COMMUNE_PEOPLES_COMMITTEE',
  level: 'COMMUNE',
  validFrom: '2025-07-01',
  version: 0,
  parent: { id: '00000000-0000-4000-8000-000000000001', code: 'DN', name: 'UBND tỉnh Đồng Nai' },
  phone: '0251 3861 234',
  receptionPlaces: [
    { kind: 'RECEPTION_OFFICE', name: 'Trụ sở tiếp công dân xã', address: 'Ấp 1, xã Phú Lý' },
  ],
  predecessors: [],
  successors: [],
};

const openAt = (url: string) =>
  renderWithProviders(<OrgUnitsPage />, { route: { path: '/org-units/:id', url } });

describe('the organisation page of a commune official', () => {
  const routes = {
    '/api/v1/me': { body: me },
    '/api/v1/org-units/tree': { body: [{ ...phuLy, children: [] }] },
    [`/api/v1/org-units/${PHULY}`]: { body: phuLy },
    '/api/v1/officials': {
      body: {
        items: [
          {
            id: 'o1',
            fullName: 'Võ Thị Mai',
            position: 'Chủ tịch UBND xã',
            head: true,
            deputy: false,
            keycloakUsername: 'chutich.phuly',
            validFrom: '2025-07-01',
            version: 0,
          },
        ],
        page: 0,
        size: 10,
        totalItems: 1,
        totalPages: 1,
      },
    },
  };

  it('shows only his own unit in the tree, and the unit with its officials', async () => {
    stubApi(routes);
    await openAt(`/org-units/${PHULY}`);

    expect(await screen.findByRole('heading', { level: 2, name: 'UBND xã Phú Lý' })).toBeVisible();
    expect(screen.getByRole('tree')).toHaveTextContent('UBND xã Phú Lý (DN-PHULY)');
    expect(screen.getByRole('tree')).not.toHaveTextContent('Trấn Biên');
    expect(screen.getByText('UBND cấp xã')).toBeInTheDocument();
    expect(screen.getByText('Cấp xã')).toBeInTheDocument();
    expect(screen.getByText('Từ 01/07/2025')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'UBND tỉnh Đồng Nai (DN)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0251 3861 234' })).toHaveAttribute(
      'href',
      'tel:02513861234',
    );
    expect(screen.getByText('Trụ sở tiếp công dân xã')).toBeInTheDocument();
    expect(await screen.findByText('Võ Thị Mai')).toBeInTheDocument();
    expect(screen.getByText('Thủ trưởng')).toBeInTheDocument();
    expect(screen.getByText('chutich.phuly')).toBeInTheDocument();
    // Not an admin: no editing.
    expect(screen.queryByRole('button', { name: /Sửa/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Thêm cán bộ/ })).not.toBeInTheDocument();
  });

  it('shows "unit not found" for a unit outside his scope (the API answers 404)', async () => {
    stubApi(routes);
    await openAt(`/org-units/${TRANBIEN}`);
    expect(
      await screen.findByRole('heading', { name: 'Không tìm thấy đơn vị' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Đơn vị không tồn tại hoặc không thuộc phạm vi bạn được xem.'),
    ).toBeInTheDocument();
  });
});
