import type { ProductSort } from '@shanhai/shared/contracts';

/** The listing page's namespace. */
export const LISTING_NS = 'listing';

export const listingMessages = {
  documentTitle: '全部商品 · 山海集市',
  title: '黄平好物',
  resultCount: '共 {{count, number}} 件商品',
  empty: '没有符合条件的商品。',
  clearFilters: '清除筛选条件',
  ignoredFilters: '链接中有无法识别的筛选条件,已忽略:{{keys}}',
  filters: {
    label: '筛选商品',
    category: '分类',
    allCategories: '全部分类',
    township: '乡镇',
    allTownships: '全部乡镇',
    cooperative: '合作社',
    allCooperatives: '全部合作社',
    sort: '排序',
    sortDefault: '默认排序',
    sorts: { price_asc: '价格从低到高', price_desc: '价格从高到低', newest: '最新上架' } satisfies Record<
      ProductSort,
      string
    >,
    price: '价格(元)',
    minPrice: '最低价',
    maxPrice: '最高价',
    applyPrice: '应用价格',
    priceInvalid: '请输入金额,如 58 或 58.50,最多两位小数。',
    priceOrder: '最低价不能高于最高价。',
    certifiedOnly: '只看消费帮扶认定商品',
  },
};

export type ListingMessages = typeof listingMessages;
