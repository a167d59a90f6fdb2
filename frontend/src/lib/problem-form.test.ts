import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from './problem';
import { applyProblemToForm, fieldNamesOf, toNamePath } from './problem-form';

const fakeForm = (values: Record<string, unknown> = {}) => ({
  setFields: vi.fn(),
  getFieldsValue: vi.fn(() => values),
});

const validation = (errors: { field: string; code: string; message: string }[]) =>
  new ApiProblem({ status: 400, title: 'Dữ liệu không hợp lệ', errors });

describe('server field errors on a form', () => {
  it('turns an API field path into an antd name path', () => {
    expect(toNamePath('name')).toEqual(['name']);
    expect(toNamePath('receptionPlaces[0].address')).toEqual(['receptionPlaces', 0, 'address']);
  });

  it('puts each message under the field it names, several messages for one field together', () => {
    const form = fakeForm();
    const rest = applyProblemToForm(
      form,
      validation([
        { field: 'code', code: 'CODE_FORMAT', message: 'Mã không đúng định dạng' },
        { field: 'code', code: 'DUPLICATE', message: 'Mã đã được dùng' },
        { field: 'phone', code: 'PHONE_FORMAT', message: 'Số điện thoại không hợp lệ' },
      ]),
      ['code', 'name', 'phone'],
    );
    expect(rest).toEqual([]);
    expect(form.setFields).toHaveBeenCalledWith([
      { name: ['code'], errors: ['Mã không đúng định dạng', 'Mã đã được dùng'] },
      { name: ['phone'], errors: ['Số điện thoại không hợp lệ'] },
    ]);
  });

  it('lets a list field cover the errors of its items', () => {
    const form = fakeForm();
    applyProblemToForm(
      form,
      validation([{ field: 'receptionPlaces[1].address', code: 'REQUIRED', message: 'Bắt buộc' }]),
      ['receptionPlaces'],
    );
    expect(form.setFields).toHaveBeenCalledWith([
      { name: ['receptionPlaces', 1, 'address'], errors: ['Bắt buộc'] },
    ]);
  });

  it('returns the errors about fields the form does not have', () => {
    const form = fakeForm();
    const rest = applyProblemToForm(
      form,
      validation([
        { field: 'name', code: 'REQUIRED', message: 'Bắt buộc' },
        { field: 'version', code: 'STALE', message: 'Dữ liệu đã bị thay đổi' },
      ]),
      ['name'],
    );
    expect(rest).toEqual([{ field: 'version', code: 'STALE', message: 'Dữ liệu đã bị thay đổi' }]);
    expect(form.setFields).toHaveBeenCalledWith([{ name: ['name'], errors: ['Bắt buộc'] }]);
  });

  it('knows the form fields from its values when not told', () => {
    const form = fakeForm({ name: 'UBND', receptionPlaces: [{ address: '' }] });
    applyProblemToForm(
      form,
      validation([{ field: 'receptionPlaces[0].address', code: 'REQUIRED', message: 'Bắt buộc' }]),
    );
    expect(form.setFields).toHaveBeenCalledWith([
      { name: ['receptionPlaces', 0, 'address'], errors: ['Bắt buộc'] },
    ]);
    expect(fieldNamesOf({ a: 1, b: [{ c: 2 }] })).toEqual(['a', 'b', 'b[0]', 'b[0].c']);
  });

  it('leaves the form alone for a problem without field errors or another error', () => {
    const form = fakeForm();
    expect(applyProblemToForm(form, new ApiProblem({ status: 409 }), ['name'])).toEqual([]);
    expect(applyProblemToForm(form, new Error('boom'), ['name'])).toEqual([]);
    expect(form.setFields).not.toHaveBeenCalled();
  });
});
