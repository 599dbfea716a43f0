import { describe, expect, it } from 'vitest';
import { AddressSchema, LoginSchema, RegisterSchema } from '@shanhai/shared/contracts';
import { parseForm, problemsFromServer } from './field-problems';

describe('parseForm', () => {
  it('gives the schema’s output when the values pass', () => {
    expect(parseForm(LoginSchema, { email: ' A@Example.com ', password: 'x' })).toEqual({
      ok: true,
      data: { email: 'a@example.com', password: 'x' },
    });
  });

  it('turns zod issues into one problem code per field, with the limit where there is one', () => {
    expect(parseForm(RegisterSchema, { email: 'nope', password: 'short' })).toEqual({
      ok: false,
      problems: { email: { code: 'invalid' }, password: { code: 'tooShort', limit: 8 } },
    });
    expect(parseForm(RegisterSchema, { email: 'a@example.com', password: 'x'.repeat(129) })).toEqual({
      ok: false,
      problems: { password: { code: 'tooLong', limit: 128 } },
    });
  });

  it('calls an empty required text field required, and checks mainland mobiles and postal codes', () => {
    const address = {
      recipient: ' ',
      mobile: '12345678901',
      province: '浙江省',
      city: '杭州市',
      district: '拱墅区',
      street: '湖墅南路 88 号',
      postalCode: '31000',
    };
    expect(parseForm(AddressSchema, address)).toEqual({
      ok: false,
      problems: {
        recipient: { code: 'required' },
        mobile: { code: 'invalid' },
        postalCode: { code: 'invalid' },
      },
    });
    for (const mobile of ['13800138000', '+86 13800138000', '+86-13800138000', '8613800138000']) {
      expect(
        parseForm(AddressSchema, { ...address, recipient: '王小明', postalCode: undefined, mobile }).ok,
      ).toBe(true);
    }
  });
});

describe('problemsFromServer', () => {
  it('marks each field the API named, by its first path segment', () => {
    expect(
      problemsFromServer({ email: ['must be an email address'], 'lines.0.quantity': ['too big'] }),
    ).toEqual({
      email: { code: 'invalid' },
      lines: { code: 'invalid' },
    });
    expect(problemsFromServer(undefined)).toEqual({});
  });
});
