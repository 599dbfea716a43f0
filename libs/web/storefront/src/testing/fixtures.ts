import type {
  CategoryDto,
  CooperativeDetailDto,
  CooperativeListItemDto,
  ProductDetailDto,
  ProductListItemDto,
  ProductListResponse,
  ReportedIndicatorDto,
  StoryResponse,
  TownshipDto,
} from '@shanhai/shared/contracts';

// Contract-shaped API answers for the specs. Figures in the story fixture are the article's.

export const jiuzhou = { slug: 'jiuzhou', name: { zh: '旧州镇', en: 'Jiuzhou Town' } };
export const langdong = { slug: 'langdong', name: { zh: '浪洞镇', en: 'Langdong Town' } };
const pingxiba = { slug: 'pingxiba', name: { zh: '平西坝村', en: 'Pingxiba Village' } };
const langdongVillage = { slug: 'langdong-village', name: { zh: '浪洞村', en: 'Langdong Village' } };

export const categories: CategoryDto[] = [
  {
    slug: 'tea',
    name: { zh: '茶叶', en: 'Tea' },
    description: { zh: '林下有机茶', en: 'Under-forest tea' },
    productCount: 3,
  },
  {
    slug: 'fungi',
    name: { zh: '食用菌', en: 'Edible fungi' },
    description: { zh: '鸡枞菌、猪肚菇', en: 'Mushrooms' },
    productCount: 5,
  },
];

export const townships: TownshipDto[] = [
  { ...jiuzhou, villages: [pingxiba] },
  { ...langdong, villages: [langdongVillage] },
];

const teaCo = {
  slug: 'louyang-tea',
  name: { zh: '溇阳湖茶叶合作社', en: 'Louyang Lake Tea Cooperative' },
  township: jiuzhou,
};
const fungiCo = {
  slug: 'langdong-fungi',
  name: { zh: '浪洞食用菌合作社', en: 'Langdong Fungi Cooperative' },
  township: langdong,
};

export const cooperatives: CooperativeListItemDto[] = [
  { ...teaCo, village: pingxiba, productCount: 2, bannerImageUrl: '/media/banner-tea' },
  { ...fungiCo, village: langdongVillage, productCount: 1, bannerImageUrl: null },
];

export const teaProduct: ProductListItemDto = {
  slug: 'louyang-organic-tea',
  name: { zh: '溇阳湖林下有机茶', en: 'Louyang Lake Under-forest Organic Tea' },
  category: { slug: 'tea', name: categories[0].name },
  cooperative: teaCo,
  township: jiuzhou,
  village: pingxiba,
  priceMinFen: 12800,
  priceMaxFen: 23800,
  coverImageUrl: '/media/tea-cover',
  inStock: true,
  aidCertified: true,
  demo: true,
  createdAt: '2026-03-01T08:00:00.000Z',
};

export const mushroomProduct: ProductListItemDto = {
  slug: 'termite-mushroom',
  name: { zh: '鸡枞菌干', en: 'Dried Termite Mushroom' },
  category: { slug: 'fungi', name: categories[1].name },
  cooperative: fungiCo,
  township: langdong,
  village: langdongVillage,
  priceMinFen: 8800,
  priceMaxFen: 8800,
  coverImageUrl: null,
  inStock: false,
  aidCertified: false,
  demo: true,
  createdAt: '2026-02-01T08:00:00.000Z',
};

export function productPage(
  items: ProductListItemDto[],
  total = items.length,
  page = 1,
  pageSize = 24,
): ProductListResponse {
  return { items, total, page, pageSize };
}

export const teaDetail: ProductDetailDto = {
  ...teaProduct,
  description: {
    zh: '溇阳湖畔林下种植的有机绿茶。\n明前采摘。',
    en: 'Organic green tea grown under forest by Louyang Lake.',
  },
  images: [
    { url: '/media/tea-1', alt: { zh: '茶园', en: 'The tea garden' } },
    { url: '/media/tea-2', alt: { zh: '干茶', en: 'Dry tea leaves' } },
  ],
  variants: [
    {
      sku: 'TEA-50',
      label: { zh: '50 克罐装', en: '50 g tin' },
      priceFen: 12800,
      available: 30,
      shippingWeightGrams: 120,
    },
    {
      sku: 'TEA-100',
      label: { zh: '100 克礼盒', en: '100 g gift box' },
      priceFen: 23800,
      available: 3,
      shippingWeightGrams: 260,
    },
    {
      sku: 'TEA-250',
      label: { zh: '250 克袋装', en: '250 g bag' },
      priceFen: 45800,
      available: 0,
      shippingWeightGrams: 300,
    },
  ],
  certificate: {
    number: 'FP-522622-2026-0012',
    issuer: '黄平县农业农村局',
    validFrom: '2026-01-01',
    validTo: '2099-12-31',
    revoked: false,
    validToday: true,
  },
};

export const teaCooperative: CooperativeDetailDto = {
  ...teaCo,
  legalForm: 'cooperative',
  creditCode: '93522622MA6DXXXX1K',
  village: pingxiba,
  story: {
    zh: '合作社在溇阳湖畔种植林下有机茶。',
    en: 'The cooperative grows organic tea under the forest by Louyang Lake.',
  },
  benefitMechanisms: [
    {
      type: 'land_rent',
      description: { zh: '每亩每年支付土地流转租金', en: 'Yearly land-transfer rent per mu' },
    },
    { type: 'day_wage', description: { zh: '在基地务工按日结算工资', en: 'Day wages for work at the base' } },
  ],
  status: 'approved',
  bannerImageUrl: '/media/banner-tea',
  products: [teaProduct],
};

const period = {
  periodStart: '2018-01-01',
  periodEnd: '2020-06-30',
  periodNote: { zh: '截止时间按报道日期推断', en: 'end inferred from the date of the report' },
  source: '《南风传佳讯 山海再相逢》',
};

export const indicators: ReportedIndicatorDto[] = [
  {
    key: 'aid_funds_fen',
    label: { zh: '拱墅区落实帮扶资金', en: 'Aid funds committed by Gongshu' },
    value: 12_500_000_000,
    unit: 'fen',
    note: null,
    ...period,
  },
  {
    key: 'aid_sales_fen',
    label: { zh: '累计帮助销售农特产品', en: 'Specialty products sold with the district’s help' },
    value: 5_207_390_000,
    unit: 'fen',
    note: null,
    ...period,
  },
  {
    key: 'households_lifted',
    label: { zh: '直接带动建档立卡贫困户脱贫', en: 'Registered poor lifted out of poverty' },
    value: 1742,
    unit: 'people',
    note: null,
    ...period,
  },
  {
    key: 'industry_share_percent',
    label: { zh: '产业项目资金占比', en: 'Share of funds in industry projects' },
    value: 95.33,
    unit: 'percent',
    note: null,
    ...period,
  },
  {
    key: 'aid_projects',
    label: { zh: '实施帮扶项目', en: 'Aid projects' },
    value: 35,
    unit: 'projects',
    note: { zh: '其中产业项目 28 个', en: '28 of them industry projects' },
    ...period,
  },
];

export const story: StoryResponse = { indicators };
