import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { defaultValues, NO_SESSION, toCreateRequest } from './desk-form';

const receivedAt = dayjs('2026-11-27T07:05:00+07:00');

describe('the desk form as a CreateVisitRequest', () => {
  it('maps a single citizen with documents and guidance', () => {
    const body = toCreateRequest({
      ...defaultValues('s1'),
      receivedAt,
      parties: [
        {
          fullName: ' Phạm Thị Hoa ',
          idDocType: 'CCCD',
          idNumber: '075 185 123 456',
          idIssueDate: dayjs('2021-04-10'),
          addressAsWritten: 'Khu phố 3',
          phone: '',
        },
      ],
      classification: 'KIEN_NGHI_PHAN_ANH',
      contentSummary: 'Phản ánh đường ngập',
      documents: [{ title: 'Đơn kiến nghị', pages: 2, copyKind: 'ORIGINAL' }, { title: '  ' }],
      handlingDirection: 'TRA_LAI_VA_HUONG_DAN',
      guidance: 'Hướng dẫn gửi đơn đến UBND phường',
      transferToName: 'ignored unless transferring',
    });
    expect(body).toEqual({
      sessionId: 's1',
      receivedAt: '2026-11-27T00:05:00.000Z',
      partyKind: 'PERSON',
      headcount: 1,
      parties: [
        {
          role: 'VISITOR',
          fullName: 'Phạm Thị Hoa',
          idDocType: 'CCCD',
          idNumber: '075185123456',
          idIssueDate: '2021-04-10',
          addressAsWritten: 'Khu phố 3',
        },
      ],
      classification: 'KIEN_NGHI_PHAN_ANH',
      contentSummary: 'Phản ánh đường ngập',
      withPetition: true,
      documents: [{ title: 'Đơn kiến nghị', pages: 2, copyKind: 'ORIGINAL' }],
      previouslyHandled: [],
      handlingDirection: 'TRA_LAI_VA_HUONG_DAN',
      guidance: 'Hướng dẫn gửi đơn đến UBND phường',
      matterId: undefined,
    });
  });

  it('maps a group, an organisation, no session and a repeat visit', () => {
    const group = toCreateRequest({
      ...defaultValues(),
      receivedAt,
      partyKind: 'GROUP',
      headcount: 12,
      parties: [
        { fullName: 'Lê Văn A', idNumber: '075185000001' },
        { fullName: 'Lê Văn B' },
        { fullName: '' },
      ],
      classification: 'KHIEU_NAI',
      contentSummary: 'Khiếu nại bồi thường',
      withPetition: false,
      statementConfirmation: 'FINGERPRINTED',
      matterId: 'm1',
    });
    expect(group.sessionId).toBeUndefined();
    expect(group.headcount).toBe(12);
    expect(group.parties.map((p) => [p.role, p.fullName])).toEqual([
      ['REPRESENTATIVE', 'Lê Văn A'],
      ['REPRESENTATIVE', 'Lê Văn B'],
    ]);
    expect(group.statementConfirmation).toBe('FINGERPRINTED');
    expect(group.matterId).toBe('m1');

    const organisation = toCreateRequest({
      ...defaultValues(NO_SESSION),
      receivedAt,
      partyKind: 'ORGANISATION',
      parties: [
        { fullName: 'Công ty TNHH Minh Phát', idNumber: '123', addressAsWritten: 'KCN Amata' },
        { fullName: 'Võ Văn C', position: 'Giám đốc', idNumber: '075185000002' },
      ],
      classification: 'KIEN_NGHI_PHAN_ANH',
      contentSummary: 'Kiến nghị',
    });
    expect(organisation.parties[0]).toEqual({
      role: 'ORGANISATION',
      fullName: 'Công ty TNHH Minh Phát',
      addressAsWritten: 'KCN Amata',
    });
    expect(organisation.parties[1]).toMatchObject({ role: 'REPRESENTATIVE', position: 'Giám đốc' });
  });

  it('sends a refusal without a direction, R3 fields only for R3', () => {
    const body = toCreateRequest({
      ...defaultValues(),
      receivedAt,
      parties: [{ fullName: 'Đỗ Văn D' }],
      handlingDirection: 'THU_LY',
      refused: true,
      refusal: {
        ground: 'R2_MISCONDUCT',
        explanation: 'Gây rối trật tự',
        noticeNo: '12/TB-UBND',
      },
    });
    expect(body.handlingDirection).toBeUndefined();
    expect(body.refusal).toEqual({ ground: 'R2_MISCONDUCT', explanation: 'Gây rối trật tự' });
    const r3 = toCreateRequest({
      ...defaultValues(),
      receivedAt,
      parties: [{ fullName: 'Đỗ Văn D' }],
      matterId: 'm9',
      refused: true,
      refusal: {
        ground: 'R3_VEXATIOUS_REPEAT',
        explanation: 'Đã được giải quyết đúng pháp luật',
        noticeNo: '12/TB-UBND',
        noticeDate: dayjs('2026-10-01'),
        issuedByOfficialId: 'o1',
      },
    });
    expect(r3.refusal).toMatchObject({
      noticeNo: '12/TB-UBND',
      noticeDate: '2026-10-01',
      issuedByOfficialId: 'o1',
    });
  });
});
