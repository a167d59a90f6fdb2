import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { configureApiClient } from '@/lib/api-client';
import { renderWithProviders, stubApi } from '@/test/render';
import { DirectoryPage } from './DirectoryPage';

const page = {
  items: [
    {
      id: '00000000-0000-4000-8000-000000000006',
      code: 'DN-TRANBIEN',
      name: 'UBND phường Trấn Biên',
      kind: 'COMMUNE_PEOPLES_COMMITTEE',
      level: 'COMMUNE',
      address: '1 Nguyễn Ái Quốc, phường Trấn Biên',
      phone: '0251 3822 101',
      receptionPlaces: [
        {
          kind: 'RECEPTION_OFFICE',
          name: 'Trụ sở tiếp công dân phường Trấn Biên',
          address: '2 Nguyễn Ái Quốc',
        },
      ],
    },
    {
      id: '00000000-0000-4000-8000-000000000007',
      code: 'DN-PHULY',
      name: 'UBND xã Phú Lý',
      kind: 'COMMUNE_PEOPLES_COMMITTEE',
      level: 'COMMUNE',
      receptionPlaces: [],
    },
  ],
  page: 0,
  size: 12,
  totalItems: 2,
  totalPages: 1,
};

describe('the public citizen reception directory', () => {
  it('lists units with address, reception places and a phone link, without a token', async () => {
    // Even with a signed-in official's token available, the public API gets none.
    configureApiClient({ baseUrl: '', accessToken: async () => 'secret-token' });
    const fetchMock = stubApi({ '/public/v1/units': { body: page } });
    await renderWithProviders(<DirectoryPage />);

    expect(
      screen.getByRole('heading', { level: 1, name: 'Danh bạ tiếp công dân' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'UBND phường Trấn Biên' }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 Nguyễn Ái Quốc, phường Trấn Biên')).toBeInTheDocument();
    expect(screen.getByText(/Trụ sở tiếp công dân phường Trấn Biên/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0251 3822 101' })).toHaveAttribute(
      'href',
      'tel:02513822101',
    );
    expect(screen.getByText('Chưa công bố nơi tiếp công dân')).toBeInTheDocument();
    expect(screen.getAllByText('UBND cấp xã')).toHaveLength(2);
    expect(screen.getByText('2 cơ quan, đơn vị')).toBeInTheDocument();

    const request = fetchMock.mock.calls[0][0] as Request;
    expect(request.headers.get('Authorization')).toBeNull();
    expect(new URL(request.url).searchParams.get('page')).toBe('0');
  });

  it('sends the search text to the API', async () => {
    const fetchMock = stubApi({ '/public/v1/units': { body: { ...page, items: [] } } });
    await renderWithProviders(<DirectoryPage />);
    await screen.findByText('Chưa có cơ quan, đơn vị nào trong danh bạ.');

    const box = screen.getByRole('searchbox', { name: 'Tìm cơ quan, đơn vị' });
    fireEvent.change(box, { target: { value: 'phú lý' } });
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    });
    expect(await screen.findByText(/khớp với “phú lý”/)).toBeInTheDocument();
    const last = fetchMock.mock.calls.at(-1)![0] as Request;
    expect(new URL(last.url).searchParams.get('q')).toBe('phú lý');
  });

  it('shows the directory in English', async () => {
    stubApi({ '/public/v1/units': { body: page } });
    await renderWithProviders(<DirectoryPage />, { language: 'en' });
    expect(await screen.findAllByText("Commune People's Committee")).toHaveLength(2);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Citizen reception directory' }),
    ).toBeInTheDocument();
  });
});
