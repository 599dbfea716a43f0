import type {
  AdminOrderDetailDto,
  AdminOrderListDto,
  AdminUserDto,
  CooperativeApplicationDto,
  OrderDto,
} from '@shanhai/shared/contracts';
import { adminSession } from '../testing/fixtures';

// Contract-shaped answers for the console's specs; names, codes and people are invented
// (households are counts only).

export const application: CooperativeApplicationDto = {
  id: '3c9e7b1a-1111-4aaa-8bbb-000000000001',
  slug: 'pingxiba-tea',
  name: { zh: '平西坝茶叶专业合作社', en: 'Pingxiba Tea Cooperative' },
  legalForm: 'cooperative',
  creditCode: '93522622MA6DEMO01X',
  township: { slug: 'jiuzhou', name: { zh: '旧州镇', en: 'Jiuzhou Town' } },
  village: { slug: 'pingxiba', name: { zh: '平西坝村', en: 'Pingxiba Village' } },
  contactName: '杨示例',
  contactPhone: '13800000001',
  contactEmail: 'pingxiba-tea@demo.shanhai.test',
  story: { zh: '村里的林下茶园,由合作社统一收购加工。', en: 'The village’s under-forest tea, bought and processed together.' },
  benefitMechanisms: [{ type: 'produce_purchase', description: { zh: '保底价收购鲜叶', en: 'Fresh leaves bought at a floor price' } }],
  linkedHouseholds: 42,
  linkedPersons: 156,
  status: 'pending',
  statusReason: null,
  commissionBps: 500,
  applicantUserId: '7d2e0c4f-2222-4bbb-8ccc-000000000002',
  createdAt: '2026-11-20T02:30:00.000Z',
  reviewedAt: null,
};

const LINE_TEA = '5a0b1c2d-3333-4ccc-8ddd-000000000003';
const LINE_FUNGI = '5a0b1c2d-3333-4ccc-8ddd-000000000004';
export const ORDER_ID = '8f1e2d3c-4444-4ddd-8eee-000000000005';

export function order(patch: Partial<OrderDto> = {}): OrderDto {
  return {
    id: ORDER_ID,
    number: 'SH202611290001',
    status: 'paid',
    paymentStatus: 'paid',
    totalFen: 37_600,
    itemCount: 3,
    createdAt: '2026-11-29T01:00:00.000Z',
    itemsFen: 35_600,
    shippingFen: 2_000,
    refundedFen: 0,
    paymentMethod: 'offline',
    expiresAt: null,
    address: {
      recipient: '王示例',
      mobile: '13900000000',
      province: '浙江省',
      city: '杭州市',
      district: '拱墅区',
      street: '示例路 1 号',
      postalCode: null,
    },
    fulfilments: [
      {
        id: 'f-1',
        cooperative: { slug: 'lebainian-health', name: { zh: '乐百年', en: 'Lebainian' } },
        status: 'to_ship',
        itemsFen: 25_600,
        shippingFen: 1_000,
        carrier: null,
        trackingNumber: null,
        shippedAt: null,
        deliveredAt: null,
        lines: [
          {
            id: LINE_TEA,
            sku: 'TEA-GIFT-250',
            productSlug: 'tea-gift',
            name: { zh: '林下有机茶礼盒', en: 'Under-forest tea gift box' },
            variantLabel: { zh: '250 克', en: '250 g' },
            unitPriceFen: 12_800,
            quantity: 2,
            lineTotalFen: 25_600,
            refundedFen: 6_000,
            aidEligible: true,
            certificateNumber: null,
          },
        ],
      },
      {
        id: 'f-2',
        cooperative: { slug: 'langdong-fungi-park', name: { zh: '浪洞食用菌', en: 'Langdong fungi' } },
        status: 'shipped',
        itemsFen: 10_000,
        shippingFen: 1_000,
        carrier: '顺丰',
        trackingNumber: 'SF1234567890',
        shippedAt: '2026-11-29T03:00:00.000Z',
        deliveredAt: null,
        lines: [
          {
            id: LINE_FUNGI,
            sku: 'FUNGI-DRY-100',
            productSlug: 'dried-fungi',
            name: { zh: '鸡枞菌干', en: 'Dried termite mushrooms' },
            variantLabel: { zh: '100 克', en: '100 g' },
            unitPriceFen: 10_000,
            quantity: 1,
            lineTotalFen: 10_000,
            refundedFen: 0,
            aidEligible: true,
            certificateNumber: null,
          },
        ],
      },
    ],
    history: [
      { from: null, to: 'awaiting_payment', reason: 'placed', at: '2026-11-29T01:00:00.000Z' },
      { from: 'awaiting_payment', to: 'paid', reason: 'offline payment BANK-1', at: '2026-11-29T02:00:00.000Z' },
    ],
    payment: null,
    cancellable: false,
    ...patch,
  };
}

export function orderDetail(patch: Partial<OrderDto> = {}): AdminOrderDetailDto {
  return {
    order: order({ refundedFen: 6_000, paymentStatus: 'partially_refunded', ...patch }),
    customer: { id: 'c-1', email: 'shopper@demo.shanhai.test', displayName: '小明' },
    refunds: [
      {
        id: 'r-1',
        orderLineId: LINE_TEA,
        amountFen: 6_000,
        reason: '一盒包装破损',
        status: 'succeeded',
        at: '2026-11-29T04:00:00.000Z',
      },
    ],
  };
}

export const orderList: AdminOrderListDto = {
  items: [
    {
      id: ORDER_ID,
      number: 'SH202611290001',
      status: 'paid',
      paymentStatus: 'paid',
      totalFen: 37_600,
      refundedFen: 0,
      recipient: '王示例',
      mobile: '13900000000',
      customerEmail: 'shopper@demo.shanhai.test',
      cooperatives: ['乐百年', '浪洞食用菌'],
      createdAt: '2026-11-29T01:00:00.000Z',
    },
  ],
  total: 1,
  page: 1,
  pageSize: 50,
};

export const users: AdminUserDto[] = [
  { ...adminSession.user, createdAt: '2026-01-01T00:00:00.000Z' } as AdminUserDto,
  {
    id: '0f6a3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b',
    email: 'shopper@demo.shanhai.test',
    displayName: '小明',
    role: 'consumer',
    cooperativeSlug: null,
    createdAt: '2026-02-01T00:00:00.000Z',
  },
];
