import { describe, expect, it } from 'vitest';
import { decisionFields, decisionOptions, groundIsListed, toDecideRequest } from './decision-form';

describe('petition decision form', () => {
  it('offers the head decisions (not accepting, filing) to a unit leader only', () => {
    const ok = {
      classification: 'KHIEU_NAI',
      processable: 'KHONG_DU_DIEU_KIEN',
      competence: 'THUOC_THAM_QUYEN',
    } as const;
    expect(decisionOptions(ok, true)).toEqual(expect.arrayContaining(['KHONG_THU_LY', 'LUU_DON']));
    expect(decisionOptions(ok, false)).not.toContain('KHONG_THU_LY');
    expect(decisionOptions(ok, false)).not.toContain('LUU_DON');
    expect(decisionOptions(ok, false)).toContain('DON_DOC');
  });

  it('offers acceptance only for a processable petition within our competence, not a mixed one', () => {
    const ok = {
      classification: 'KHIEU_NAI',
      processable: 'DU_DIEU_KIEN',
      competence: 'THUOC_THAM_QUYEN',
    } as const;
    expect(decisionOptions(ok)).toContain('DE_XUAT_THU_LY');
    expect(decisionOptions(ok)).not.toContain('TACH_NOI_DUNG');
    expect(decisionOptions({ ...ok, processable: 'KHONG_DU_DIEU_KIEN' })).not.toContain(
      'DE_XUAT_THU_LY',
    );
    expect(decisionOptions({ ...ok, competence: 'KHONG_THUOC_THAM_QUYEN' })).not.toContain(
      'DE_XUAT_THU_LY',
    );
    const mixed = decisionOptions({ ...ok, classification: 'NHIEU_NOI_DUNG' });
    expect(mixed).not.toContain('DE_XUAT_THU_LY');
    expect(mixed).toContain('TACH_NOI_DUNG');
    expect(decisionOptions({ ...ok, classification: 'TO_CAO' })).toContain(
      'XU_LY_THONG_TIN_TO_CAO',
    );
    expect(decisionOptions(ok)).not.toContain('XU_LY_THONG_TIN_TO_CAO');
  });

  it('asks each decision for its own fields', () => {
    expect(decisionFields('KHONG_THU_LY')).toContainEqual({ field: 'ground', required: true });
    expect(decisionFields('CHUYEN_DON')).toContainEqual({ field: 'transfer', required: true });
    expect(decisionFields('HUONG_DAN')).toEqual([{ field: 'note', required: true }]);
    expect(decisionFields('TRA_LAI')).toEqual([{ field: 'note', required: true }]);
    expect(decisionFields('TACH_NOI_DUNG')).toContainEqual({ field: 'parts', required: true });
    expect(decisionFields('LUU_DON')).toEqual([{ field: 'note', required: false }]);
    expect(decisionFields(undefined)).toEqual([]);
    expect(groundIsListed('KHIEU_NAI')).toBe(true);
    expect(groundIsListed('TO_CAO')).toBe(false);
  });

  it('sends only the chosen decision’s fields', () => {
    expect(
      toDecideRequest(
        {
          decision: 'CHUYEN_DON',
          target: 'EXTERNAL',
          transferToUnitId: 'u-ignored',
          transferToBody: '  Công an tỉnh Đồng Nai ',
          transferSlipNo: '12/PC',
          ground: 'KN_ART11_5',
        },
        3,
      ),
    ).toEqual({
      version: 3,
      decision: 'CHUYEN_DON',
      transferToBody: 'Công an tỉnh Đồng Nai',
      transferSlipNo: '12/PC',
    });
    expect(
      toDecideRequest(
        { decision: 'CHUYEN_DON', transferToUnitId: 'u2', transferSlipNo: '13/PC' },
        1,
      ),
    ).toEqual({
      version: 1,
      decision: 'CHUYEN_DON',
      transferToUnitId: 'u2',
      transferSlipNo: '13/PC',
    });
    expect(
      toDecideRequest(
        {
          decision: 'TACH_NOI_DUNG',
          parts: [
            { classification: 'KHIEU_NAI', content: ' Khiếu nại quyết định thu hồi đất ' },
            { classification: 'TO_CAO', content: '' },
          ],
        },
        0,
      ),
    ).toEqual({
      version: 0,
      decision: 'TACH_NOI_DUNG',
      parts: [{ classification: 'KHIEU_NAI', content: 'Khiếu nại quyết định thu hồi đất' }],
    });
    expect(
      toDecideRequest({ decision: 'KHONG_THU_LY', ground: 'KN_ART11_5', note: ' ' }, 2),
    ).toEqual({ version: 2, decision: 'KHONG_THU_LY', ground: 'KN_ART11_5' });
  });
});
