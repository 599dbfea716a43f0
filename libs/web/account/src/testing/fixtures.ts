import type {
  AddressDto,
  CartDto,
  CartLineDto,
  FulfilmentDto,
  OrderDto,
  OrderSummaryDto,
  SessionResponse,
} from '@shanhai/shared/contracts';

// Contract-shaped API answers for the specs: two cooperatives, each shipping its own parcel.
// History reasons are written as the API writes them (English notes for staff).

const teaCo = { slug: 'louyang-tea', name: { zh: '溇阳湖茶叶合作社', en: 'Louyang Lake Tea Cooperative' } };
const fungiCo = {
  slug: 'langdong-fungi',
  name: { zh: '浪洞食用菌合作社', en: 'Langdong Fungi Cooperative' },
};

export const session: SessionResponse = {
  user: {
    id: '0f6a3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b',
    email: 'xiaoming@example.com',
    displayName: '小明',
    role: 'consumer',
    cooperativeSlug: null,
  },
};

export const teaLine: CartLineDto = {
  sku: 'TEA-50',
  productSlug: 'louyang-organic-tea',
  name: { zh: '溇阳湖林下有机茶', en: 'Louyang Lake Under-forest Organic Tea' },
  variantLabel: { zh: '50 克罐装', en: '50 g tin' },
  cooperative: teaCo,
  imageUrl: '/media/tea-cover',
  quantity: 2,
  unitPriceFen: 12800,
  addedAtPriceFen: 12800,
  available: 30,
  lineTotalFen: 25600,
  problem: null,
};

export const mushroomLine: CartLineDto = {
  sku: 'MUSH-250',
  productSlug: 'termite-mushroom',
  name: { zh: '鸡枞菌干', en: 'Dried Termite Mushroom' },
  variantLabel: { zh: '250 克袋装', en: '250 g bag' },
  cooperative: fungiCo,
  imageUrl: null,
  quantity: 1,
  unitPriceFen: 8800,
  addedAtPriceFen: 8800,
  available: 12,
  lineTotalFen: 8800,
  problem: null,
};

/** Every line can be bought: tea ships for ¥10 (free from ¥399), mushrooms for ¥8. */
export const readyCart: CartDto = {
  lines: [teaLine, mushroomLine],
  shipments: [
    { cooperative: teaCo, itemsFen: 25600, shippingFen: 1000, freeShippingOverFen: 39900 },
    { cooperative: fungiCo, itemsFen: 8800, shippingFen: 800, freeShippingOverFen: null },
  ],
  itemsFen: 34400,
  shippingFen: 1800,
  totalFen: 36200,
  ready: true,
};

/** The gift box went up from ¥218 to ¥238 since it was added; the mushrooms sold out. */
export const problemCart: CartDto = {
  lines: [
    teaLine,
    {
      ...teaLine,
      sku: 'TEA-100',
      variantLabel: { zh: '100 克礼盒', en: '100 g gift box' },
      quantity: 1,
      unitPriceFen: 23800,
      addedAtPriceFen: 21800,
      available: 3,
      lineTotalFen: 23800,
      problem: 'price_changed',
    },
    { ...mushroomLine, quantity: 3, available: 0, lineTotalFen: 26400, problem: 'out_of_stock' },
  ],
  shipments: [
    { cooperative: teaCo, itemsFen: 49400, shippingFen: 0, freeShippingOverFen: 39900 },
    { cooperative: fungiCo, itemsFen: 26400, shippingFen: 800, freeShippingOverFen: null },
  ],
  itemsFen: 75800,
  shippingFen: 800,
  totalFen: 76600,
  ready: false,
};

export const emptyCart: CartDto = {
  lines: [],
  shipments: [],
  itemsFen: 0,
  shippingFen: 0,
  totalFen: 0,
  ready: true,
};

export const homeAddress: AddressDto = {
  id: '8d9c2f4e-4a7b-4c59-9d7e-2f1f6b1a0c01',
  recipient: '王小明',
  mobile: '+8613800138000',
  province: '浙江省',
  city: '杭州市',
  district: '拱墅区',
  street: '湖墅南路 88 号 3 幢 502 室',
  postalCode: '310005',
  isDefault: true,
};

export const officeAddress: AddressDto = {
  id: '4b1e7a2c-9f3d-4e6a-8c5b-1d2e3f4a5b6c',
  recipient: '王小明',
  mobile: '+8613900139000',
  province: '浙江省',
  city: '杭州市',
  district: '西湖区',
  street: '文三路 100 号',
  postalCode: null,
  isDefault: false,
};

const { id: _homeId, isDefault: _homeDefault, ...orderAddress } = homeAddress;

const teaParcel: FulfilmentDto = {
  id: 'f-tea',
  cooperative: teaCo,
  status: 'shipped',
  itemsFen: 25600,
  shippingFen: 1000,
  carrier: '顺丰速运',
  trackingNumber: 'SF1234567890',
  shippedAt: '2026-03-02T02:00:00.000Z',
  deliveredAt: null,
  lines: [
    {
      id: 'l-tea',
      sku: 'TEA-50',
      productSlug: 'louyang-organic-tea',
      name: teaLine.name,
      variantLabel: teaLine.variantLabel,
      unitPriceFen: 12800,
      quantity: 2,
      lineTotalFen: 25600,
      refundedFen: 0,
      aidEligible: true,
      certificateNumber: 'FP-522622-2026-0012',
    },
  ],
};

const fungiParcel: FulfilmentDto = {
  id: 'f-fungi',
  cooperative: fungiCo,
  status: 'to_ship',
  itemsFen: 8800,
  shippingFen: 800,
  carrier: null,
  trackingNumber: null,
  shippedAt: null,
  deliveredAt: null,
  lines: [
    {
      id: 'l-mushroom',
      sku: 'MUSH-250',
      productSlug: 'termite-mushroom',
      name: mushroomLine.name,
      variantLabel: mushroomLine.variantLabel,
      unitPriceFen: 8800,
      quantity: 1,
      lineTotalFen: 8800,
      refundedFen: 0,
      aidEligible: false,
      certificateNumber: null,
    },
  ],
};

/** Paid; the tea has shipped with a tracking number, the mushrooms are still to ship. */
export const shippedOrder: OrderDto = {
  id: '5e0c9a7b-1d2f-4a3b-8c4d-6e7f8a9b0c1d',
  number: 'SH20260301-0042',
  status: 'partially_shipped',
  paymentStatus: 'paid',
  totalFen: 36200,
  itemCount: 3,
  createdAt: '2026-03-01T08:00:00.000Z',
  itemsFen: 34400,
  shippingFen: 1800,
  refundedFen: 0,
  paymentMethod: 'offline',
  expiresAt: null,
  address: orderAddress,
  fulfilments: [teaParcel, fungiParcel],
  history: [
    {
      from: 'paid',
      to: 'partially_shipped',
      reason: 'shipped by 顺丰速运 SF1234567890',
      at: '2026-03-02T02:00:00.000Z',
    },
    { from: null, to: 'awaiting_payment', reason: 'order placed', at: '2026-03-01T08:00:00.000Z' },
    { from: 'awaiting_payment', to: 'paid', reason: 'payment BT-20260301-88', at: '2026-03-01T10:30:00.000Z' },
  ],
  payment: { provider: 'offline', clientSecret: null, publishableKey: null, instructions: null },
  cancellable: false,
};

/** Just placed, to be paid offline by the next day's 16:00 Beijing time. */
export const unpaidOrder: OrderDto = {
  ...shippedOrder,
  id: '7a8b9c0d-1e2f-4a5b-8c6d-7e8f9a0b1c2d',
  number: 'SH20260301-0043',
  status: 'awaiting_payment',
  paymentStatus: 'unpaid',
  expiresAt: '2026-03-02T08:00:00.000Z',
  fulfilments: [
    { ...teaParcel, status: 'awaiting_payment', carrier: null, trackingNumber: null, shippedAt: null },
    { ...fungiParcel, status: 'awaiting_payment' },
  ],
  history: [{ from: null, to: 'awaiting_payment', reason: 'order placed', at: '2026-03-01T08:00:00.000Z' }],
  payment: {
    provider: 'offline',
    clientSecret: null,
    publishableKey: null,
    instructions: {
      zh: '请转账至:黄平县山海集市合作联社\n开户行:中国农业银行黄平县支行\n账号:6228 0000 1234 5678\n备注请填写订单号。',
      en: 'Please transfer to: Huangping Shanhai Market Cooperative Union\nBank: Agricultural Bank of China, Huangping branch\nAccount: 6228 0000 1234 5678\nPut the order number in the reference.',
    },
  },
  cancellable: true,
};

/** Just placed, to be paid online: Stripe's PaymentIntent is ready for the Payment Element. */
export const stripeOrder: OrderDto = {
  ...unpaidOrder,
  id: '9c8d7e6f-5a4b-4c3d-9e2f-1a0b9c8d7e6f',
  number: 'SH20260301-0044',
  paymentMethod: 'stripe',
  payment: {
    provider: 'stripe',
    clientSecret: 'pi_3Qx_secret_Yz',
    publishableKey: 'pk_test_shanhai',
    instructions: null,
  },
};

/** The same order once Stripe's webhook reached the API. */
export const paidStripeOrder: OrderDto = {
  ...stripeOrder,
  status: 'paid',
  paymentStatus: 'paid',
  expiresAt: null,
  fulfilments: stripeOrder.fulfilments.map((f) => ({ ...f, status: 'to_ship' })),
  history: [
    ...stripeOrder.history,
    { from: 'awaiting_payment', to: 'paid', reason: 'payment pi_3Qx', at: '2026-03-01T08:05:00.000Z' },
  ],
  payment: { provider: 'stripe', clientSecret: null, publishableKey: 'pk_test_shanhai', instructions: null },
};

export const orderSummaries: OrderSummaryDto[] = [shippedOrder, unpaidOrder].map(
  ({ id, number, status, paymentStatus, totalFen, itemCount, createdAt }) => ({
    id,
    number,
    status,
    paymentStatus,
    totalFen,
    itemCount,
    createdAt,
  }),
);
