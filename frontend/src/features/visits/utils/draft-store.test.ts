import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { defaultValues, type DeskValues } from './desk-form';
import { clearDraft, draftKey, hasContent, loadDraft, saveDraft } from './draft-store';

const visitor = {
  fullName: 'Nguyễn Văn An',
  idDocType: 'CCCD' as const,
  idNumber: '075185123456',
  idIssueDate: dayjs('2021-04-10'),
  addressAsWritten: 'Khu phố 3, phường Trấn Biên',
  phone: '0912345678',
  birthYear: 1985,
  gender: 'MALE' as const,
};
const filled = (overrides: Partial<DeskValues> = {}): DeskValues => ({
  ...defaultValues('s1'),
  receivedAt: dayjs('2026-11-27T07:12:00+07:00'),
  parties: [visitor],
  contentSummary: 'Đề nghị xem xét việc cấp giấy chứng nhận',
  ...overrides,
});

describe('the desk draft', () => {
  it('keeps everything of an ordinary visit per user and restores the dates', () => {
    saveDraft('canbo.tranbien', filled({ classification: 'KIEN_NGHI_PHAN_ANH' }));
    expect(loadDraft('someone.else')).toBeUndefined();
    const draft = loadDraft('canbo.tranbien')!;
    expect(draft.identityStripped).toBe(false);
    expect(draft.values.parties[0]).toMatchObject({
      fullName: 'Nguyễn Văn An',
      idNumber: '075185123456',
      phone: '0912345678',
    });
    expect(dayjs.isDayjs(draft.values.receivedAt)).toBe(true);
    expect(draft.values.receivedAt!.toISOString()).toBe('2026-11-27T00:12:00.000Z');
    expect(draft.values.parties[0].idIssueDate!.format('YYYY-MM-DD')).toBe('2021-04-10');
    expect(draft.values.sessionId).toBe('s1');
    clearDraft('canbo.tranbien');
    expect(loadDraft('canbo.tranbien')).toBeUndefined();
  });

  it('never stores the identity of a denouncer', () => {
    saveDraft('canbo.tranbien', filled({ classification: 'TO_CAO' }));
    const raw = localStorage.getItem(draftKey('canbo.tranbien'))!;
    for (const secret of ['Nguyễn Văn An', '075185123456', 'Khu phố 3', '0912345678', '1985']) {
      expect(raw).not.toContain(secret);
    }
    const draft = loadDraft('canbo.tranbien')!;
    expect(draft.identityStripped).toBe(true);
    expect(draft.values.parties).toHaveLength(1);
    expect(draft.values.parties[0].fullName).toBeUndefined();
    expect(draft.values.contentSummary).toBe('Đề nghị xem xét việc cấp giấy chứng nhận');
  });

  it('treats a mixed visit including a denunciation as a denunciation', () => {
    saveDraft(
      'u',
      filled({
        classification: 'NHIEU_NOI_DUNG',
        mixedKinds: ['KHIEU_NAI', 'TO_CAO'],
        partyKind: 'GROUP',
        parties: [visitor, { ...visitor, fullName: 'Trần Thị Bình', idNumber: '075190000001' }],
      }),
    );
    const raw = localStorage.getItem(draftKey('u'))!;
    expect(raw).not.toContain('Trần Thị Bình');
    expect(raw).not.toContain('075190000001');
    expect(loadDraft('u')!.values.parties).toHaveLength(2);

    saveDraft(
      'u',
      filled({ classification: 'NHIEU_NOI_DUNG', mixedKinds: ['KHIEU_NAI', 'KIEN_NGHI_PHAN_ANH'] }),
    );
    expect(localStorage.getItem(draftKey('u'))).toContain('Nguyễn Văn An');
  });

  it('ignores a broken draft and knows an untouched form', () => {
    localStorage.setItem(draftKey('u'), '{not json');
    expect(loadDraft('u')).toBeUndefined();
    expect(hasContent(defaultValues())).toBe(false);
    expect(hasContent(filled())).toBe(true);
  });
});
