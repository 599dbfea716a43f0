import type {
  AdminIndicatorDto,
  AidBreakdownsDto,
  AidEntriesPageDto,
  AidImportDto,
  AidSummaryDto,
  CategoryDto,
  CooperativeListItemDto,
  SessionResponse,
  TownshipDto,
} from '@shanhai/shared/contracts';

// Contract-shaped API answers for the specs. Amounts are whole fen; the reported figures are the
// article's (52,073,900.00 yuan, 1,742 households), the rest invented.

export const adminSession: SessionResponse = {
  user: {
    id: '6b1d2c3e-0a4f-4b5c-8d9e-0f1a2b3c4d5e',
    email: 'admin@demo.shanhai.test',
    displayName: '协作办管理员',
    role: 'admin',
    cooperativeSlug: null,
  },
};

export const shopperSession: SessionResponse = {
  user: {
    id: '0f6a3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b',
    email: 'shopper@demo.shanhai.test',
    displayName: '小明',
    role: 'consumer',
    cooperativeSlug: null,
  },
};

// `personsLinked` is what the API adds as the benefit work lands (the contract grows it); the
// assertion keeps this fixture valid for the contract before and after.
export const summary = {
  reportedFen: 5_207_390_000,
  recordedFen: 12_345_678,
  totalFen: 5_219_735_678,
  targetFen: 6_000_000_000,
  householdsLinked: null,
  personsLinked: null,
  reportedHouseholds: 1742,
  byChannel: [],
  byPeriod: [],
  byCategory: [],
} as AidSummaryDto;

const tea = { zh: '林下有机茶', en: 'Under-forest organic tea' };
const fungi = { zh: '食用菌', en: 'Edible fungi' };

export const categories: CategoryDto[] = [
  { slug: 'tea', name: tea, description: { zh: '', en: '' }, productCount: 6 },
  { slug: 'fungi', name: fungi, description: { zh: '', en: '' }, productCount: 9 },
];

export const townships: TownshipDto[] = [
  {
    slug: 'jiuzhou',
    name: { zh: '旧州镇', en: 'Jiuzhou Town' },
    villages: [{ slug: 'pingxiba', name: { zh: '平西坝村', en: 'Pingxiba Village' } }],
  },
  {
    slug: 'langdong',
    name: { zh: '浪洞镇', en: 'Langdong Town' },
    villages: [{ slug: 'hekou', name: { zh: '河口村', en: 'Hekou Village' } }],
  },
];

export const cooperatives: CooperativeListItemDto[] = [
  {
    slug: 'lebainian-health',
    name: {
      zh: '贵州乐百年健康产业开发有限公司',
      en: 'Guizhou Lebainian Health Industry Development Co., Ltd.',
    },
    township: { slug: 'jiuzhou', name: { zh: '旧州镇', en: 'Jiuzhou Town' } },
    village: { slug: 'pingxiba', name: { zh: '平西坝村', en: 'Pingxiba Village' } },
    productCount: 6,
    bannerImageUrl: null,
  },
  {
    slug: 'langdong-fungi-park',
    name: { zh: '浪洞镇东西部协作食用菌产业园', en: 'Langdong East–West Cooperation Edible Fungi Park' },
    township: { slug: 'langdong', name: { zh: '浪洞镇', en: 'Langdong Town' } },
    village: { slug: 'hekou', name: { zh: '河口村', en: 'Hekou Village' } },
    productCount: 9,
    bannerImageUrl: null,
  },
];

export const breakdowns: AidBreakdownsDto = {
  filter: {},
  recordedFen: 12_345_678,
  byPeriod: [
    { key: '2026-10', name: null, amountFen: 4_000_000, quantity: 40, entries: 12 },
    { key: '2026-09', name: null, amountFen: 8_345_678, quantity: 81, entries: 30 },
  ],
  byChannel: [
    { key: 'online', name: null, amountFen: 7_345_678, quantity: 71, entries: 36 },
    { key: 'exhibition_centre', name: null, amountFen: 5_000_000, quantity: 50, entries: 6 },
  ],
  byCategory: [
    { key: 'tea', name: tea, amountFen: 9_000_000, quantity: 90, entries: 30 },
    { key: 'fungi', name: fungi, amountFen: 3_400_000, quantity: 30, entries: 10 },
    { key: '', name: null, amountFen: -54_322, quantity: 1, entries: 2 },
  ],
  byTownship: [
    { key: 'jiuzhou', name: townships[0].name, amountFen: 9_000_000, quantity: 90, entries: 30 },
    { key: 'langdong', name: townships[1].name, amountFen: 3_345_678, quantity: 31, entries: 12 },
  ],
  byVillage: [
    { key: 'pingxiba', name: townships[0].villages[0].name, amountFen: 9_000_000, quantity: 90, entries: 30 },
  ],
  byCooperative: [
    {
      key: '9a1b7c2d-0000-4000-8000-000000000001',
      name: cooperatives[0].name,
      amountFen: 9_000_000,
      quantity: 90,
      entries: 30,
    },
    {
      key: 'langdong-fungi-park',
      name: cooperatives[1].name,
      amountFen: 3_345_678,
      quantity: 31,
      entries: 12,
    },
  ],
};

export function entriesPage(page = 1, pageSize = 20): AidEntriesPageDto {
  return {
    entries: [
      {
        id: `e-${page}-1`,
        kind: 'offline_sale',
        occurredOn: '2026-10-12',
        period: '2026-10',
        channel: 'exhibition_centre',
        cooperativeId: '9a1b7c2d-0000-4000-8000-000000000001',
        cooperativeName: cooperatives[0].name,
        townshipSlug: 'jiuzhou',
        villageSlug: 'pingxiba',
        categorySlug: 'tea',
        productId: null,
        quantity: 4,
        amountFen: 51_200,
        sourceRef: 'import:abc:12',
        reason: null,
        createdAt: '2026-10-13T02:00:00.000Z',
      },
      {
        id: `e-${page}-2`,
        kind: 'adjustment',
        occurredOn: '2026-10-20',
        period: '2026-10',
        channel: 'online',
        cooperativeId: null,
        cooperativeName: null,
        townshipSlug: null,
        villageSlug: null,
        categorySlug: null,
        productId: null,
        quantity: 0,
        amountFen: -54_322,
        sourceRef: 'adjustment:7',
        reason: '九月退款补记',
        createdAt: '2026-10-20T02:00:00.000Z',
      },
    ],
    total: 45,
    amountFen: 12_345_678,
    page,
    pageSize,
  };
}

export const indicators: AdminIndicatorDto[] = [
  {
    id: 'i-1',
    key: 'aid_sales_reported',
    kind: 'reported',
    label: { zh: '累计帮助销售农特产品', en: 'Specialty products sold with the district’s help' },
    value: 5_207_390_000,
    unit: 'fen',
    note: null,
    periodStart: '2018-01-01',
    periodEnd: '2020-06-30',
    periodNote: null,
    source: '拱墅区东西部扶贫协作报道',
  },
  {
    id: 'i-2',
    key: 'households_lifted',
    kind: 'reported',
    label: { zh: '带动建档立卡贫困户脱贫', en: 'Registered poor households lifted out of poverty' },
    value: 1742,
    unit: 'people',
    note: null,
    periodStart: '2018-01-01',
    periodEnd: '2020-06-30',
    periodNote: null,
    source: '拱墅区东西部扶贫协作报道',
  },
];

const IMPORT_ID = '5c1f0e2a-7b3d-4c9e-9f10-2a3b4c5d6e7f';
export const SHA = 'a'.repeat(64);

/** An import in any state; `aidImport({ status: 'ready', … })`. */
export function aidImport(patch: Partial<AidImportDto> = {}): AidImportDto {
  return {
    id: IMPORT_ID,
    fileName: '展销中心-2026-10.csv',
    channel: 'exhibition_centre',
    sha256: SHA,
    encoding: 'utf-8',
    status: 'parsing',
    rowsTotal: 0,
    rowsProcessed: 0,
    rowsValid: 0,
    amountFen: 0,
    periods: [],
    problems: [],
    problemCount: 0,
    preview: [],
    entriesWritten: 0,
    createdAt: '2026-11-29T02:00:00.000Z',
    committedAt: null,
    ...patch,
  };
}

export const readyRows = {
  rowsTotal: 3,
  rowsProcessed: 3,
  rowsValid: 3,
  amountFen: 347_050,
  periods: ['2026-10', '2026-09'],
  preview: [
    {
      line: 2,
      occurredOn: '2026-09-28',
      cooperativeSlug: 'lebainian-health',
      categorySlug: 'tea',
      product: '溇阳湖林下有机茶礼盒',
      quantity: 2,
      amountFen: 128_050,
      reference: 'ZX-0928-01',
    },
    {
      line: 3,
      occurredOn: '2026-10-02',
      cooperativeSlug: 'langdong-fungi-park',
      categorySlug: 'fungi',
      product: null,
      quantity: 5,
      amountFen: 99_000,
      reference: 'ZX-1002-07',
    },
    {
      line: 4,
      occurredOn: '2026-10-15',
      cooperativeSlug: 'langdong-fungi-park',
      categorySlug: null,
      product: '鸡枞菌干',
      quantity: 3,
      amountFen: 120_000,
      reference: 'ZX-1015-02',
    },
  ],
} satisfies Partial<AidImportDto>;

/** The public catalogue lists the filters and names read. */
export const catalogueRoutes = {
  'GET /api/categories': categories,
  'GET /api/townships': townships,
  'GET /api/cooperatives': cooperatives,
};
