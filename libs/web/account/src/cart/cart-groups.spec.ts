import { describe, expect, it } from 'vitest';
import { mushroomLine, readyCart, teaLine } from '../testing/fixtures';
import { groupCartLines } from './cart-groups';

describe('groupCartLines', () => {
  it('puts each line under its cooperative’s parcel, in the server’s order', () => {
    const groups = groupCartLines({ ...readyCart, lines: [mushroomLine, teaLine] });
    expect(groups.map((g) => [g.shipment?.cooperative.slug, g.lines.map((l) => l.sku)])).toEqual([
      ['louyang-tea', ['TEA-50']],
      ['langdong-fungi', ['MUSH-250']],
    ]);
  });

  it('keeps lines no parcel takes in a group of their own', () => {
    const groups = groupCartLines({ lines: [teaLine, mushroomLine], shipments: [readyCart.shipments[0]] });
    expect(groups.map((g) => [g.shipment?.cooperative.slug ?? null, g.lines.map((l) => l.sku)])).toEqual([
      ['louyang-tea', ['TEA-50']],
      [null, ['MUSH-250']],
    ]);
  });
});
