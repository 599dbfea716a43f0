import type { AddressDto, CreateOrderRequest } from '@shanhai/shared/contracts';
import type { SaleItem } from './checkout-items';
import { orderNumber, placedOrderDto, priceOrder, type WrittenOrder } from './order-write';

const item = (
  sku: string,
  cooperativeId: string,
  unitPriceFen: number,
  quantity: number,
  freeOverFen: number | null = 10_000,
): SaleItem => ({
  variantId: `v-${sku}`,
  sku,
  quantity,
  unitPriceFen,
  productId: `p-${sku}`,
  productSlug: `product-${sku}`,
  nameZh: `商品 ${sku}`,
  nameEn: `Goods ${sku}`,
  labelZh: '500 克',
  labelEn: '500 g',
  cooperativeId,
  cooperativeSlug: `coop-${cooperativeId}`,
  cooperativeNameZh: `合作社 ${cooperativeId}`,
  cooperativeNameEn: `Cooperative ${cooperativeId}`,
  townshipSlug: 'langdong',
  villageSlug: 'v',
  categorySlug: 'fungi',
  certificateNumber: sku === 'B' ? 'HP-2026-001' : null,
  aidEligible: sku === 'B',
  sellable: true,
  shippingRule: { feeFen: 1200, freeOverFen },
});

describe('priceOrder', () => {
  it('splits per cooperative in order of first line and charges each its own shipping', () => {
    const priced = priceOrder([item('A', 'x', 3900, 2), item('B', 'y', 12_800, 1), item('C', 'x', 2100, 1)]);
    expect(
      priced.shares.map((s) => [s.cooperativeId, s.items.map((i) => i.sku), s.itemsFen, s.shippingFen]),
    ).toEqual([
      ['x', ['A', 'C'], 9900, 1200],
      ['y', ['B'], 12_800, 0],
    ]);
    expect(priced).toEqual(
      expect.objectContaining({ itemsFen: 22_700, shippingFen: 1200, totalFen: 23_900 }),
    );
  });
});

describe('placedOrderDto', () => {
  const address: AddressDto = {
    id: 'a-1',
    recipient: '王小明',
    mobile: '+86 138 0013 8000',
    province: '浙江省',
    city: '杭州市',
    district: '拱墅区',
    street: '湖墅南路 88 号',
    postalCode: null,
    isDefault: true,
  };
  const request: CreateOrderRequest = { addressId: 'a-1', paymentMethod: 'offline', lines: [] };

  it('puts each returned line under its returned fulfilment, in the order the write returned them', () => {
    const priced = priceOrder([item('A', 'x', 3900, 2), item('B', 'y', 12_800, 1), item('C', 'x', 2100, 1)]);
    const written: WrittenOrder = {
      id: 'o-1',
      number: 'SH26112912345678',
      created_at: new Date('2026-11-29T01:02:03.456Z'),
      expires_at: new Date('2026-11-29T01:32:03.456Z'),
      // the write orders fulfilments by cooperative slug and lines by SKU, as reading an order does
      fulfilments: [
        { id: 'f-x', cooperativeId: 'x' },
        { id: 'f-y', cooperativeId: 'y' },
      ],
      lines: [
        { id: 'l-a', fulfilmentId: 'f-x', sku: 'A' },
        { id: 'l-b', fulfilmentId: 'f-y', sku: 'B' },
        { id: 'l-c', fulfilmentId: 'f-x', sku: 'C' },
      ],
      placed_at: '2026-11-29T01:02:03.456Z',
    };
    const dto = placedOrderDto(written, request, address, priced);
    expect(
      dto.fulfilments.map((f) => [
        f.id,
        f.cooperative.slug,
        f.itemsFen,
        f.shippingFen,
        f.lines.map((l) => l.id),
      ]),
    ).toEqual([
      ['f-x', 'coop-x', 9900, 1200, ['l-a', 'l-c']],
      ['f-y', 'coop-y', 12_800, 0, ['l-b']],
    ]);
    expect(dto.fulfilments[1].lines[0]).toEqual(
      expect.objectContaining({
        sku: 'B',
        unitPriceFen: 12_800,
        lineTotalFen: 12_800,
        aidEligible: true,
        certificateNumber: 'HP-2026-001',
      }),
    );
    expect(dto).toEqual(
      expect.objectContaining({
        status: 'awaiting_payment',
        itemCount: 4,
        totalFen: 23_900,
        createdAt: '2026-11-29T01:02:03.456Z',
        expiresAt: '2026-11-29T01:32:03.456Z',
        history: [
          { from: null, to: 'awaiting_payment', reason: 'order placed', at: '2026-11-29T01:02:03.456Z' },
        ],
        cancellable: true,
      }),
    );
    expect(dto.address).toEqual({
      recipient: '王小明',
      mobile: '+86 138 0013 8000',
      province: '浙江省',
      city: '杭州市',
      district: '拱墅区',
      street: '湖墅南路 88 号',
      postalCode: null,
    });
  });

  it('refuses a returned line the order does not have rather than answer with it', () => {
    const priced = priceOrder([item('A', 'x', 3900, 1)]);
    const written: WrittenOrder = {
      id: 'o-2',
      number: 'SH26112900000001',
      created_at: new Date(),
      expires_at: new Date(),
      fulfilments: [{ id: 'f-x', cooperativeId: 'x' }],
      lines: [{ id: 'l-z', fulfilmentId: 'f-x', sku: 'Z' }],
      placed_at: new Date().toISOString(),
    };
    expect(() => placedOrderDto(written, request, address, priced)).toThrow(/Z/);
  });
});

describe('orderNumber', () => {
  it('is SH, the date in China and eight digits', () => {
    // 23:30 UTC is already the next day in China
    expect(orderNumber(new Date('2026-11-28T23:30:00Z'))).toMatch(/^SH261129\d{8}$/);
  });
});
