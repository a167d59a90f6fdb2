import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { VerifyResult } from './VerifyResult';

describe('the audit chain verification result', () => {
  it('is green with the number of events checked when the chain is intact', async () => {
    await renderWithProviders(<VerifyResult result={{ valid: true, checked: 1250 }} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Nhật ký toàn vẹn');
    expect(status).toHaveTextContent('Đã kiểm tra 1250 sự kiện');
    expect(status.className).toMatch(/success/);
  });

  it('is red with the first broken event and why', async () => {
    await renderWithProviders(
      <VerifyResult
        result={{ valid: false, checked: 17, firstBrokenSeq: 17, reason: 'HASH_MISMATCH' }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Nhật ký bị phá vỡ tại sự kiện số 17');
    expect(alert).toHaveTextContent('Nội dung của sự kiện đã bị thay đổi');
    expect(alert.className).toMatch(/error/);
  });

  it('names a missing event in English', async () => {
    await renderWithProviders(
      <VerifyResult
        result={{ valid: false, checked: 5, firstBrokenSeq: 5, reason: 'SEQUENCE_GAP' }}
      />,
      { language: 'en' },
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The audit trail is broken at event 5An event is missing from the chain',
    );
  });
});
