import type { MessageBundle } from '@shanhai/web/shared';
import type { HOME_NS } from './home/home-messages';
import type { LISTING_NS } from './products/listing-messages';
import type { PRODUCT_NS } from './product/product-messages';
import type { COOPERATIVE_NS } from './cooperatives/cooperative-messages';
import type { STORY_NS } from './story/story-messages';

/** The shell's words (layout, search, cards); each page's own words sit in its namespace and chunk. */
const zhCN = {
  place: '{{township}} · {{village}}',
  layout: {
    skipToContent: '跳到主要内容',
    brand: { primary: '山海集市', secondary: 'Shanhai Market' },
    navLabel: '主导航',
    nav: { home: '首页', products: '商品', cooperatives: '合作社', story: '山海故事' },
    cart: '购物车',
    cartLabel: '购物车,{{count}} 件商品',
    login: '登录',
    orders: '我的订单',
    footer: {
      demo: '演示站点:页面上的商品价格与库存均为虚构。',
      figures: '帮扶成效数据引自公开报道,出处见',
      storyLink: '山海故事',
    },
  },
  search: { label: '搜索商品', placeholder: '搜索茶叶、菌菇、苗银…', submit: '搜索' },
  card: {
    noImage: '暂无图片',
    outOfStock: '缺货',
    bannerAlt: '{{name}}的风貌',
    productCount: '{{count, number}} 件在售商品',
  },
  notFound: {
    title: '页面不存在',
    message: '您访问的页面不存在或已被移动。',
    home: '返回首页',
  },
};

export type StorefrontMessages = typeof zhCN;

/** Every namespace of the storefront; the app passes them to `createI18n`. */
export const storefrontMessageBundles: readonly MessageBundle[] = [
  {
    namespace: 'storefront',
    messages: {
      'zh-CN': zhCN,
      en: () => import('./storefront-messages-en').then((m) => m.storefrontMessagesEn),
    },
  },
  // A page's Chinese messages are a chunk its page imports statically, so they arrive with it.
  {
    namespace: 'home' satisfies typeof HOME_NS,
    messages: {
      'zh-CN': () => import('./home/home-messages').then((m) => m.homeMessages),
      en: () => import('./home/home-messages-en').then((m) => m.homeMessagesEn),
    },
  },
  {
    namespace: 'listing' satisfies typeof LISTING_NS,
    messages: {
      'zh-CN': () => import('./products/listing-messages').then((m) => m.listingMessages),
      en: () => import('./products/listing-messages-en').then((m) => m.listingMessagesEn),
    },
  },
  {
    namespace: 'product' satisfies typeof PRODUCT_NS,
    messages: {
      'zh-CN': () => import('./product/product-messages').then((m) => m.productMessages),
      en: () => import('./product/product-messages-en').then((m) => m.productMessagesEn),
    },
  },
  {
    namespace: 'cooperative' satisfies typeof COOPERATIVE_NS,
    messages: {
      'zh-CN': () => import('./cooperatives/cooperative-messages').then((m) => m.cooperativeMessages),
      en: () => import('./cooperatives/cooperative-messages-en').then((m) => m.cooperativeMessagesEn),
    },
  },
  {
    namespace: 'story' satisfies typeof STORY_NS,
    messages: {
      'zh-CN': () => import('./story/story-messages').then((m) => m.storyMessages),
      en: () => import('./story/story-messages-en').then((m) => m.storyMessagesEn),
    },
  },
];
