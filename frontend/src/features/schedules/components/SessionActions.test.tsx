import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/test/render';
import type { Session } from '../api/types';
import { SessionActions } from './SessionActions';

const session: Session = {
  id: 's9',
  unit: { id: 'u1', code: 'DN-TRANBIEN', name: 'UBND phường Trấn Biên' },
  date: '2026-11-27',
  start: '07:00',
  end: '08:00',
  channel: 'IN_PERSON',
  kind: 'PERIODIC',
  program: 'BUOI_SANG_VOI_NHAN_DAN',
  status: 'PUBLISHED',
  delegated: false,
  late: false,
  version: 3,
  allowedActions: ['CHECK_OUT'],
};

describe('checking out of a session', { timeout: 60_000 }, () => {
  it('proposes the number of people the reception book recorded (refused visits left out)', async () => {
    stubApi({
      '/api/v1/visits': {
        body: {
          items: [
            { id: 'v1', status: 'HANDLED', headcount: 1 },
            { id: 'v2', status: 'HANDLED', headcount: 6 },
            { id: 'v3', status: 'REFUSED', headcount: 1 },
          ],
          totalItems: 3,
        },
      },
    });
    await renderWithProviders(<SessionActions session={session} actions={['CHECK_OUT']} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Kết thúc tiếp/ })));
    const dialog = await screen.findByRole('dialog');
    const count = within(dialog).getByRole('spinbutton');
    await screen.findByDisplayValue('7');
    expect(count).toHaveValue('7');
  });
});
