import type { CartLineProblem } from '@shanhai/shared/contracts';

/** The cart page's namespace; checkout shows the shipments with these words too. */
export const CART_NS = 'cart';

export const cartMessages = {
  documentTitle: '购物车 · 山海集市',
  title: '购物车',
  empty: '购物车是空的。',
  browse: '去逛逛黄平好物',
  noImage: '暂无图片',
  quantity: '数量',
  lineTotal: '小计',
  remove: '移除',
  removeLabel: '从购物车移除:{{name}}',
  problems: {
    unavailable: '该商品已下架,无法购买,请移除。',
    out_of_stock: '已售罄,请移除后再结算。',
    insufficient_stock: '库存不足:仅剩 {{available}} 件,请减少数量。',
    price_changed: '价格已从 {{from}} 变为 {{to}}。',
  } satisfies Record<CartLineProblem, string>,
  shipment: {
    title: '{{cooperative}} 发货',
    items: '商品金额',
    shipping: '运费',
    free: '免运费',
    freeFrom: '满 {{threshold}} 包邮,再买 {{missing}} 即可免运费。',
    freeReached: '已满 {{threshold}},免运费。',
    otherLines: '无法发货的商品',
  },
  shipmentsNote: '每家合作社单独发货,运费分别计算。',
  totals: { title: '合计', items: '商品金额', shipping: '运费', total: '应付总额' },
  checkout: '去结算',
  notReady: '请先处理上面标出的问题,再去结算。',
  guestNote: '结算前需要登录;登录后购物车里的商品会保留。',
};

export type CartMessages = typeof cartMessages;
