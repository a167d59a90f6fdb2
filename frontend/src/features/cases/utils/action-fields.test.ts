import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fieldsFor, isSpecialAction, toActionBody, visibleFields } from './action-fields';

const names = (fields: { name: string }[]) => fields.map((field) => field.name);

describe('case action dialogs', () => {
  it('asks a complaint’s acceptance for complexity and remote area with their reasons', () => {
    const fields = fieldsFor('accept', 'KHIEU_NAI', 'RECEIVED');
    expect(names(fields)).toEqual([
      'docNo',
      'signedOn',
      'complex',
      'complexityReason',
      'remoteArea',
      'remoteReason',
    ]);
    // The reasons appear (and are required) only once their switch is on.
    expect(names(visibleFields(fields, {}))).toEqual([
      'docNo',
      'signedOn',
      'complex',
      'remoteArea',
    ]);
    expect(names(visibleFields(fields, { complex: true }))).toContain('complexityReason');
    expect(fields.find((field) => field.name === 'complexityReason')?.required).toBe(true);
  });

  it('asks a denunciation’s acceptance for the complexity criteria instead', () => {
    const fields = fieldsFor('accept', 'TO_CAO', 'INTAKE_CHECK');
    expect(names(fields)).toEqual(['docNo', 'signedOn', 'complexityCriteria']);
    expect(fields[2].options).toHaveLength(7);
  });

  it('offers the results of the instance being decided', () => {
    const first = fieldsFor('decide', 'KHIEU_NAI', 'VERIFYING_L1');
    expect(first[0].options).toEqual(['DUNG_TOAN_BO', 'SAI_TOAN_BO', 'DUNG_MOT_PHAN']);
    expect(names(first)).toEqual(
      expect.arrayContaining([
        'docNo',
        'signedOn',
        'signerName',
        'moneyReturn',
        'personsSanctioned',
      ]),
    );
    expect(first.filter((field) => field.required).map((field) => field.name)).toEqual([
      'result',
      'docNo',
      'signedOn',
      'signerName',
    ]);
    expect(fieldsFor('decide', 'KHIEU_NAI', 'DIALOGUE_L2')[0].options).toEqual([
      'CONG_NHAN_QD_LAN_DAU',
      'HUY_SUA_QD_LAN_DAU',
    ]);
  });

  it('gives each act its own fields', () => {
    expect(names(fieldsFor('extend', 'TO_CAO', 'VERIFYING'))).toEqual([
      'days',
      'docNo',
      'signedOn',
    ]);
    expect(fieldsFor('extend', 'TO_CAO', 'VERIFYING')[0]).toMatchObject({ min: 1, max: 30 });
    expect(names(fieldsFor('suspend', 'KHIEU_NAI', 'VERIFYING_L1'))).toEqual([
      'docNo',
      'signedOn',
      'content',
    ]);
    expect(fieldsFor('suspend', 'TO_CAO', 'VERIFYING')[0].options).toEqual([
      'TC_ART34_1_AWAIT_RESULT',
      'TC_ART34_1_AWAIT_EXPERT',
    ]);
    expect(names(fieldsFor('resume', 'TO_CAO', 'SUSPENDED'))).toEqual(['docNo', 'signedOn']);
    expect(names(fieldsFor('publish', 'TO_CAO', 'HANDLED'))).toEqual([
      'method',
      'signedOn',
      'content',
    ]);
    expect(fieldsFor('reject', 'KHIEU_NAI', 'RECEIVED')[0].options).toHaveLength(10);
    expect(fieldsFor('reject', 'TO_CAO', 'INTAKE_CHECK')[0].options).toContain('TC_ART29_1_BASIS');
    expect(names(fieldsFor('withdraw', 'KHIEU_NAI', 'ACCEPTED_L1'))).not.toContain(
      'continueDespiteWithdrawal',
    );
    expect(names(fieldsFor('withdraw', 'TO_CAO', 'VERIFYING'))).toContain(
      'continueDespiteWithdrawal',
    );
    expect(names(fieldsFor('assign-verification', 'KHIEU_NAI', 'ACCEPTED_L1'))[0]).toBe(
      'verifierUsername',
    );
    expect(names(fieldsFor('mark-effective', 'KHIEU_NAI', 'DECIDED_L1'))).toEqual([
      'docNo',
      'signedOn',
      'content',
    ]);
    expect(isSpecialAction('transfer')).toBe(true);
    expect(isSpecialAction('decide')).toBe(false);
  });

  it('sends dates as calendar dates, trims text and leaves out hidden or empty fields', () => {
    const fields = fieldsFor('accept', 'KHIEU_NAI', 'RECEIVED');
    expect(
      toActionBody(
        fields,
        {
          docNo: ' 12/QĐ-UBND ',
          signedOn: dayjs('2026-11-13'),
          complex: false,
          complexityReason: 'left over from before',
          remoteArea: true,
          remoteReason: ' Xã đảo ',
        },
        4,
      ),
    ).toEqual({
      version: 4,
      docNo: '12/QĐ-UBND',
      signedOn: '2026-11-13',
      complex: false,
      remoteArea: true,
      remoteReason: 'Xã đảo',
    });
    expect(
      toActionBody(
        fieldsFor('hold-dialogue', 'KHIEU_NAI', 'VERIFYING_L2'),
        { attendees: ' Ông A \n\nBà B ', absent: '' },
        2,
      ),
    ).toEqual({ version: 2, attendees: ['Ông A', 'Bà B'] });
    expect(toActionBody(fieldsFor('accept', 'TO_CAO', 'INTAKE_CHECK'), {}, 0)).toEqual({
      version: 0,
      complexityCriteria: [],
    });
  });
});
