import type { FulfilmentStatus, OrderStatus, PaymentStatus } from '@shanhai/shared/contracts';

/** The order list and order pages' namespace. */
export const ORDERS_NS = 'orders';

export const ordersMessages = {
  list: {
    documentTitle: '我的订单 · 山海集市',
    title: '我的订单',
    empty: '您还没有订单。',
    browse: '去逛逛黄平好物',
    number: '订单号 {{number}}',
    placedAt: '下单时间',
    items: '{{count}} 件商品',
    total: '合计',
    view: '查看订单 {{number}}',
    signedInAs: '已登录:{{name}}',
    logout: '退出登录',
  },
  detail: {
    documentTitle: '订单 {{number}} · 山海集市',
    title: '订单 {{number}}',
    notFoundTitle: '订单不存在',
    backToOrders: '返回我的订单',
    placedAt: '下单时间:{{time}}',
    status: '订单状态',
    paymentStatus: '付款状态',
    expiresAt: '请在 {{deadline}} 前完成付款,逾期未付款的订单会自动取消。',
    address: '收货地址',
    shipments: '包裹',
    totals: '金额',
    refunded: '已退款',
    history: '订单进度',
  },
  shipment: {
    title: '{{cooperative}} 发货',
    status: '包裹状态',
    carrier: '快递公司',
    trackingNumber: '运单号',
    shippedAt: '发货时间',
    deliveredAt: '送达时间',
    items: '商品金额',
    shipping: '运费',
    free: '免运费',
    line: '{{quantity}} × {{price}}',
    aid: '计入消费帮扶',
  },
  payment: {
    title: '付款',
    offlineTitle: '线下付款说明',
    stripeTitle: '在线支付',
    stripeSoon: '银行卡、支付宝和微信支付的付款窗口将显示在这里。',
    paid: '已收到您的付款,谢谢!',
  },
  cancel: {
    button: '取消订单',
    confirm: '确定要取消这个订单吗?取消后不能恢复。',
    yes: '确认取消',
    no: '不取消',
    cancelling: '正在取消…',
    done: '订单已取消。',
  },
  statuses: {
    awaiting_payment: '待付款',
    paid: '已付款',
    partially_shipped: '部分发货',
    shipped: '已发货',
    delivered: '已送达',
    cancelled: '已取消',
    expired: '已过期',
    refunded: '已退款',
  } satisfies Record<OrderStatus, string>,
  paymentStatuses: {
    unpaid: '未付款',
    paid: '已付款',
    partially_refunded: '部分退款',
    refunded: '已退款',
  } satisfies Record<PaymentStatus, string>,
  fulfilmentStatuses: {
    awaiting_payment: '待付款',
    to_ship: '待发货',
    shipped: '已发货',
    delivered: '已送达',
    cancelled: '已取消',
  } satisfies Record<FulfilmentStatus, string>,
};

export type OrdersMessages = typeof ordersMessages;
