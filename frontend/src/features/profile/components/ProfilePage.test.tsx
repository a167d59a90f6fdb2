import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/test/render';
import { ProfilePage } from './ProfilePage';

const me = {
  username: 'chutich.tranbien',
  name: 'Trần Văn Hùng',
  roles: ['unit_leader', 'default-roles-tiepdan'],
  orgUnit: { code: 'DN-TRANBIEN', name: 'UBND phường Trấn Biên' },
};

describe('ProfilePage', () => {
  it('shows the official, the unit and the roles in Vietnamese', async () => {
    stubApi({ '/api/v1/me': { body: me } });
    await renderWithProviders(<ProfilePage />, { language: 'vi' });

    expect(await screen.findByText('Trần Văn Hùng')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Hồ sơ cá nhân' })).toBeInTheDocument();
    expect(screen.getByText('chutich.tranbien')).toBeInTheDocument();
    expect(screen.getByText('UBND phường Trấn Biên')).toBeInTheDocument();
    expect(screen.getByText('DN-TRANBIEN')).toBeInTheDocument();
    expect(screen.getByText('Mã đơn vị')).toBeInTheDocument();
    expect(screen.getByText('Lãnh đạo, thủ trưởng đơn vị')).toBeInTheDocument();
    // Keycloak's technical roles are not shown.
    expect(screen.queryByText('default-roles-tiepdan')).not.toBeInTheDocument();
  });

  it('shows the same profile with English labels', async () => {
    stubApi({ '/api/v1/me': { body: me } });
    await renderWithProviders(<ProfilePage />, { language: 'en' });

    expect(await screen.findByText('Trần Văn Hùng')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'My profile' })).toBeInTheDocument();
    expect(screen.getByText('Unit code')).toBeInTheDocument();
    expect(screen.getByText('Unit leader')).toBeInTheDocument();
  });

  it('sends the reader language with the request', async () => {
    const fetchMock = stubApi({ '/api/v1/me': { body: me } });
    await renderWithProviders(<ProfilePage />, { language: 'en' });
    await screen.findByText('Trần Văn Hùng');

    const request = fetchMock.mock.calls[0][0] as Request;
    expect(request.headers.get('Accept-Language')).toBe('en');
  });

  it('shows the problem title, detail and request id when the API refuses', async () => {
    stubApi({
      '/api/v1/me': {
        status: 403,
        body: {
          type: '/problems/forbidden',
          title: 'Không có quyền',
          status: 403,
          detail: 'Tài khoản chưa được gán đơn vị',
          requestId: 'req-42',
        },
      },
    });
    await renderWithProviders(<ProfilePage />, { language: 'vi' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không có quyền');
    expect(alert).toHaveTextContent('Tài khoản chưa được gán đơn vị');
    expect(alert).toHaveTextContent('Mã yêu cầu: req-42');
  });
});
