import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { VisitView } from '../api/types';
import { carriesDenunciation, initialValuesFrom, toPetitionCreate } from './intake-form';

const visit = {
  id: 'v1',
  bookNo: '31/2026',
  receivedAt: '2026-11-10T02:00:00Z',
  classification: 'KHIEU_NAI',
  fieldCode: 'DAT_DAI',
  contentSummary: 'Khiếu nại quyết định thu hồi đất',
  visitorRequest: 'Hủy quyết định',
  confidential: false,
  parties: [
    {
      role: 'VISITOR',
      fullName: 'Lê Văn Khiếu',
      idDocType: 'CCCD',
      idNumber: '075186000001',
      addressAsWritten: 'Khu phố 3',
    },
  ],
} as VisitView;

describe('petition intake form', () => {
  it('takes the content and people of the visit it is made from', () => {
    const values = initialValuesFrom(visit);
    expect(values.source).toBe('TRUC_TIEP');
    expect(values.classification).toBe('KHIEU_NAI');
    expect(values.content).toBe('Khiếu nại quyết định thu hồi đất');
    expect(values.receivedOn?.format('YYYY-MM-DD')).toBe('2026-11-10');
    expect(values.petitioners).toEqual([
      {
        role: 'PETITIONER',
        fullName: 'Lê Văn Khiếu',
        idDocType: 'CCCD',
        idNumber: '075186000001',
        address: 'Khu phố 3',
        phone: undefined,
      },
    ]);
    const body = toPetitionCreate(values, visit);
    expect(body).toMatchObject({ visitId: 'v1', source: 'TRUC_TIEP', receivedOn: '2026-11-10' });
  });

  it('never copies a denouncer from a masked visit, nor sends people of an anonymous petition', () => {
    const masked = { ...visit, confidential: true, partiesMasked: true, parties: [] } as VisitView;
    expect(initialValuesFrom(masked).petitioners).toEqual([]);
    const values = {
      ...initialValuesFrom(undefined),
      content: 'Tố cáo cán bộ',
      anonymous: true,
      petitioners: [{ role: 'PETITIONER' as const, fullName: 'Người gửi' }],
    };
    expect(toPetitionCreate(values).petitioners).toEqual([]);
  });

  it('sends the sender only for sources that have one', () => {
    const values = {
      ...initialValuesFrom(undefined),
      source: 'BUU_CHINH' as const,
      senderBody: 'Thanh tra tỉnh',
      senderDocNo: '45/CV',
      senderDocDate: dayjs('2026-11-20'),
      content: ' Nội dung ',
    };
    expect(toPetitionCreate(values)).toMatchObject({ senderBody: undefined, content: 'Nội dung' });
    expect(toPetitionCreate({ ...values, source: 'CO_QUAN_KHAC_CHUYEN_DEN' })).toMatchObject({
      senderBody: 'Thanh tra tỉnh',
      senderDocNo: '45/CV',
      senderDocDate: '2026-11-20',
    });
  });

  it('treats a denunciation, alone or among several kinds, as confidential', () => {
    expect(carriesDenunciation('TO_CAO', undefined)).toBe(true);
    expect(carriesDenunciation('NHIEU_NOI_DUNG', ['KHIEU_NAI', 'TO_CAO'])).toBe(true);
    expect(carriesDenunciation('NHIEU_NOI_DUNG', ['KHIEU_NAI'])).toBe(false);
    expect(carriesDenunciation('KHIEU_NAI', undefined)).toBe(false);
  });
});
