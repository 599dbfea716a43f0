import { withCreditCodeCheck, type IsoDate, type SupplierStatus } from '@shanhai/shared/domain';

/**
 * Demo catalogue of Shanhai Market (山海集市): plain data, no database.
 *
 * Facts about the article's sellers (tea, fungi park, the Hangzhou silver shop) and
 * the reported figures come from the source article (see DEMO_ARTICLE_TITLE).
 * Everything marked `demo: true` is invented but plausible. Prices, stock and
 * credit codes are invented for every seller, including the article's.
 */

export const DEMO_NOTE_ZH =
  '演示数据：商品价格、库存、统一社会信用代码和认定证书编号均为虚构，仅供演示；除报道中提到的企业和商品外，标记为“演示”的合作社、村及其商品也是虚构的。';
export const DEMO_NOTE_EN =
  'Demo data: prices, stock, credit codes and certificate numbers are invented for demonstration only. Apart from the companies and goods named in the source article, the cooperatives and villages marked as demo, and their goods, are invented too.';

/** The day the certificate windows below were planned around (expired, revoked, not yet valid). */
export const DEMO_AS_OF: IsoDate = '2026-11-29';

export const DEMO_ARTICLE_TITLE =
  '南风传佳讯 山海再相逢——拱墅党政代表团赴贵州省贵安新区、黄平县开展考察学习和对口帮扶侧记';

export type DemoLegalForm = 'company' | 'cooperative' | 'village_collective' | 'family_farm';
export type DemoBenefitType = 'dividend' | 'day_wage' | 'land_rent' | 'produce_purchase';
export type DemoIndicatorUnit = 'fen' | 'count' | 'percent' | 'people' | 'projects';

export interface DemoVillage {
  slug: string;
  nameZh: string;
  nameEn: string;
  /** true when the village's role here is invented (only 平西坝村 and 冷水河 are named by the article) */
  demo: boolean;
}

export interface DemoTownship {
  slug: string;
  nameZh: string;
  nameEn: string;
  villages: DemoVillage[];
}

export interface DemoCategory {
  slug: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  sortOrder: number;
}

export interface DemoBenefitMechanism {
  type: DemoBenefitType;
  descriptionZh: string;
  descriptionEn: string;
}

export interface DemoCooperative {
  slug: string;
  nameZh: string;
  nameEn: string;
  legalForm: DemoLegalForm;
  /** generated with a valid check character; never a real code */
  creditCode: string;
  townshipSlug: string;
  villageSlug: string;
  storyZh: string;
  storyEn: string;
  benefitMechanisms: DemoBenefitMechanism[];
  status: SupplierStatus;
  /** false only for sellers the article names; their story uses the article's facts */
  demo: boolean;
}

export interface DemoCertificate {
  number: string;
  issuer: string;
  validFrom: IsoDate;
  validTo: IsoDate;
  revoked: boolean;
  revokedOn: IsoDate | null;
}

export interface DemoVariant {
  skuSuffix: string;
  labelZh: string;
  labelEn: string;
  priceFen: number;
  stock: number;
  shippingWeightGrams: number;
}

export interface DemoProduct {
  slug: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  categorySlug: string;
  cooperativeSlug: string;
  /** origin village */
  villageSlug: string;
  createdDaysAgo: number;
  certificate: DemoCertificate | null;
  variants: DemoVariant[];
  /** the good itself is named in the article; prices and stock are invented either way */
  fromArticle: boolean;
}

export interface DemoIndicator {
  key: string;
  labelZh: string;
  labelEn: string;
  /** fen for money, whole numbers for counts, a plain number for percent */
  value: number;
  unit: DemoIndicatorUnit;
  /** cumulative over the period, or a yearly rate as it stood when reported */
  basis: 'cumulative' | 'per_year';
  noteZh: string | null;
  noteEn: string | null;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  periodNoteZh: string;
  periodNoteEn: string;
  source: string;
  sortOrder: number;
}

// ---------------------------------------------------------------- places

export const DEMO_TOWNSHIPS: readonly DemoTownship[] = [
  {
    slug: 'jiuzhou',
    nameZh: '旧州镇',
    nameEn: 'Jiuzhou Town',
    villages: [
      { slug: 'pingxiba', nameZh: '平西坝村', nameEn: 'Pingxiba Village', demo: false },
      { slug: 'lengshuihe', nameZh: '冷水河社区', nameEn: 'Lengshuihe Relocation Community', demo: false },
      { slug: 'baishuizhai', nameZh: '白水寨村', nameEn: 'Baishuizhai Village', demo: true },
      { slug: 'wenfeng', nameZh: '文峰村', nameEn: 'Wenfeng Village', demo: true },
    ],
  },
  {
    slug: 'langdong',
    nameZh: '浪洞镇',
    nameEn: 'Langdong Town',
    // The fungi park's dividend reaches 11 villages here; the article names none of them.
    villages: [
      { slug: 'hekou', nameZh: '河口村', nameEn: 'Hekou Village', demo: true },
      { slug: 'wenquan', nameZh: '温泉村', nameEn: 'Wenquan Village', demo: true },
      { slug: 'pingzhai', nameZh: '坪寨村', nameEn: 'Pingzhai Village', demo: true },
      { slug: 'yangliu', nameZh: '杨柳村', nameEn: 'Yangliu Village', demo: true },
      { slug: 'gaojian', nameZh: '高枧村', nameEn: 'Gaojian Village', demo: true },
      { slug: 'xinzhai', nameZh: '新寨村', nameEn: 'Xinzhai Village', demo: true },
    ],
  },
  {
    slug: 'xinzhou',
    nameZh: '新州镇',
    nameEn: 'Xinzhou Town',
    villages: [
      { slug: 'yanmen', nameZh: '岩门村', nameEn: 'Yanmen Village', demo: true },
      { slug: 'machang', nameZh: '马场村', nameEn: 'Machang Village', demo: true },
    ],
  },
  {
    slug: 'gulong',
    nameZh: '谷陇镇',
    nameEn: 'Gulong Town',
    villages: [
      { slug: 'dazhai', nameZh: '大寨村', nameEn: 'Dazhai Village', demo: true },
      { slug: 'wengyong', nameZh: '翁勇村', nameEn: 'Wengyong Village', demo: true },
    ],
  },
  {
    slug: 'chongan',
    nameZh: '重安镇',
    nameEn: "Chong'an Town",
    villages: [
      { slug: 'fengxiang', nameZh: '枫香村', nameEn: 'Fengxiang Village', demo: true },
      { slug: 'chongxing', nameZh: '重兴村', nameEn: 'Chongxing Village', demo: true },
    ],
  },
  {
    slug: 'pingxi',
    nameZh: '平溪镇',
    nameEn: 'Pingxi Town',
    villages: [{ slug: 'gaoping', nameZh: '高坪村', nameEn: 'Gaoping Village', demo: true }],
  },
  {
    slug: 'yiwanshui',
    nameZh: '一碗水乡',
    nameEn: 'Yiwanshui Township',
    villages: [
      { slug: 'dapo', nameZh: '大坡村', nameEn: 'Dapo Village', demo: true },
      { slug: 'pingshang', nameZh: '坪上村', nameEn: 'Pingshang Village', demo: true },
    ],
  },
  {
    slug: 'wengping',
    nameZh: '翁坪乡',
    nameEn: 'Wengping Township',
    villages: [
      { slug: 'huaqiao', nameZh: '花桥村', nameEn: 'Huaqiao Village', demo: true },
      { slug: 'yanjiao', nameZh: '岩脚村', nameEn: 'Yanjiao Village', demo: true },
    ],
  },
  {
    slug: 'zhifang',
    nameZh: '纸房乡',
    nameEn: 'Zhifang Township',
    villages: [{ slug: 'zhuyuan', nameZh: '竹园村', nameEn: 'Zhuyuan Village', demo: true }],
  },
];

// ---------------------------------------------------------------- categories

export const DEMO_CATEGORIES: readonly DemoCategory[] = [
  {
    slug: 'tea',
    nameZh: '茶叶',
    nameEn: 'Tea',
    descriptionZh: '黄平山地茶园出产的绿茶和红茶，包括溇阳湖畔的林下有机茶。',
    descriptionEn:
      "Green and black teas from Huangping's hill gardens, including the under-forest organic tea of Louyang Lake.",
    sortOrder: 1,
  },
  {
    slug: 'fungi',
    nameZh: '食用菌',
    nameEn: 'Edible fungi',
    descriptionZh: '鸡枞菌、猪肚菇、木耳、香菇等，鲜品冷链直发，干品低温烘干。',
    descriptionEn:
      'Termite mushroom, Pleurotus giganteus, black fungus and shiitake; fresh by cold chain or dried at low temperature.',
    sortOrder: 2,
  },
  {
    slug: 'silver',
    nameZh: '苗银',
    nameEn: 'Miao silver',
    descriptionZh: '苗族银匠手工錾刻、花丝打制的项圈、手镯、耳饰、发簪和银器。手工艺品同样计入消费帮扶。',
    descriptionEn:
      'Neck rings, bracelets, earrings, hairpins and silverware chased and filigreed by Miao silversmiths. Handicrafts count as consumption aid too.',
    sortOrder: 3,
  },
  {
    slug: 'rice',
    nameZh: '米',
    nameEn: 'Rice',
    descriptionZh: '江边稻田和山间梯田出产的大米、糯米、红米、黑糯米及糍粑。',
    descriptionEn:
      'White, glutinous, red and black rice, and rice cakes, from riverside paddies and hillside terraces.',
    sortOrder: 4,
  },
  {
    slug: 'honey',
    nameZh: '蜂蜜',
    nameEn: 'Honey',
    descriptionZh: '中华蜂在山林间采集的百花蜜、五倍子蜜和巢蜜。',
    descriptionEn:
      'Wildflower, Chinese sumac and comb honey gathered by Chinese honeybees in the mountain forests.',
    sortOrder: 5,
  },
  {
    slug: 'batik',
    nameZh: '蜡染',
    nameEn: 'Batik',
    descriptionZh: '以蜡刀绘纹、蓝靛浸染的手工蜡染布艺，冰裂纹自然天成。',
    descriptionEn: 'Hand-drawn wax-resist textiles dyed in indigo, each with its own natural crackle.',
    sortOrder: 6,
  },
  {
    slug: 'embroidery',
    nameZh: '苗绣',
    nameEn: 'Miao embroidery',
    descriptionZh: '搬迁社区绣娘在家门口完成的苗绣小件。',
    descriptionEn: 'Small pieces of Miao embroidery stitched by women at home in the relocation community.',
    sortOrder: 7,
  },
  {
    slug: 'condiments',
    nameZh: '酸汤与调味',
    nameEn: 'Sour soup and condiments',
    descriptionZh: '红酸汤、白酸汤、糟辣椒、糊辣椒等黔东南家常味道。',
    descriptionEn:
      'Red and white sour soup, fermented and roasted chillies: the everyday flavours of Qiandongnan.',
    sortOrder: 8,
  },
  {
    slug: 'herbs',
    nameZh: '山地药材',
    nameEn: 'Upland herbs',
    descriptionZh: '太子参、天麻等山地种植的药食材料，民间常用来炖汤。',
    descriptionEn: 'Taizishen, gastrodia and other upland herbs, traditionally simmered in soups.',
    sortOrder: 9,
  },
  {
    slug: 'meat',
    nameZh: '腊味肉干',
    nameEn: 'Cured meat and jerky',
    descriptionZh: '黄平黄牛肉干、风干牛肉和柴火熏制的腊肉。',
    descriptionEn: 'Huangping yellow-cattle jerky, air-dried beef and wood-smoked pork.',
    sortOrder: 10,
  },
  {
    slug: 'dried-goods',
    nameZh: '山珍干货',
    nameEn: 'Dried mountain produce',
    descriptionZh: '干笋、蕨菜等山间采集晒干的干货。',
    descriptionEn: 'Bamboo shoots, bracken and other wild produce dried in the sun.',
    sortOrder: 11,
  },
];

// ---------------------------------------------------------------- cooperatives

/**
 * A demo credit code: registration authority + type, Huangping's division 522622,
 * a nine-character body, then the computed check character (GB 32100-2015).
 * 91 company, 92 individual business (how most family farms register),
 * 93 farmer cooperative, N2 village collective economic organisation.
 */
const creditCode = (authorityAndType: '91' | '92' | '93' | 'N2', body: string): string =>
  withCreditCodeCheck(`${authorityAndType}522622${body}`);

export const DEMO_COOPERATIVES: readonly DemoCooperative[] = [
  {
    slug: 'lebainian-health',
    nameZh: '贵州乐百年健康产业开发有限公司',
    nameEn: 'Guizhou Lebainian Health Industry Development Co., Ltd.',
    legalForm: 'company',
    creditCode: creditCode('91', 'MA6DLB3K1'),
    townshipSlug: 'jiuzhou',
    villageSlug: 'pingxiba',
    storyZh:
      '公司在旧州镇溇阳湖畔建起溇阳湖林下有机茶种植基地和乐百年森林康养种植基地，茶苗种在林荫之下。基地距冷水河易地扶贫搬迁安置点仅3公里，平西坝村等周边村民通过土地流转获得租金，在基地干活每天80元，还能学到种植技术。',
    storyEn:
      'By Louyang Lake in Jiuzhou Town the company grows organic tea under the forest canopy, next to its Lebainian forest-wellness planting base. The base lies just 3 km from the Lengshuihe relocation community. Villagers from Pingxiba and nearby earn land-transfer rent, are paid 80 yuan a day for work at the base, and learn growing skills on the job.',
    benefitMechanisms: [
      {
        type: 'land_rent',
        descriptionZh: '平西坝村等周边农户将土地流转给基地，领取土地流转租金。',
        descriptionEn:
          'Households in Pingxiba and neighbouring villages lease their land to the base and receive land-transfer rent.',
      },
      {
        type: 'day_wage',
        descriptionZh: '村民在基地种茶、管护，每天工资80元，并接受种植技术培训。',
        descriptionEn:
          'Villagers who plant and tend the tea are paid 80 yuan a day and trained in growing skills.',
      },
    ],
    status: 'approved',
    demo: false,
  },
  {
    slug: 'langdong-fungi-park',
    nameZh: '浪洞镇东西部扶贫协作食用菌产业园',
    nameEn: 'Langdong East–West Cooperation Edible Fungi Park',
    legalForm: 'company',
    creditCode: creditCode('91', 'MA6H2GF80'),
    townshipSlug: 'langdong',
    // The article does not say in which village the park stands.
    villageSlug: 'hekou',
    storyZh:
      '产业园建有42座智能化食用菌栽培大棚，50万棒鸡枞菌和20万棒猪肚菇已经出菇，借助智能化监测，两种菌类年产值达2997.5万元。园区采取“公司+农户”模式，按2000万元投资额每年8%固定分红，带动浪洞镇11个行政村的贫困户970户3145人，年人均增收500元以上。',
    storyEn:
      "The park runs 42 smart greenhouses, where 500,000 bags of termite mushroom and 200,000 bags of Pleurotus giganteus are fruiting; with smart monitoring the two crops are worth 29.975 million yuan a year. It works on a 'company + farming households' model and pays a fixed 8 % a year on the 20 million yuan invested, shared by 970 registered poor households (3,145 people) in 11 villages of Langdong Town — over 500 yuan per person a year.",
    benefitMechanisms: [
      {
        type: 'dividend',
        descriptionZh:
          '按2000万元投资额每年8%固定分红，惠及浪洞镇11个行政村贫困户970户3145人，年人均增收500元以上。',
        descriptionEn:
          'A fixed dividend of 8 % a year on 20 million yuan invested, shared by 970 registered poor households (3,145 people) in 11 villages of Langdong Town: over 500 yuan per person a year.',
      },
      {
        type: 'day_wage',
        descriptionZh: '园区吸纳周边群众就近务工，2020年6月考察当天约有60名员工在园内采摘忙碌。',
        descriptionEn:
          'The park employs people from nearby villages; about 60 workers were picking in the park on the day of the June 2020 visit.',
      },
    ],
    status: 'approved',
    demo: false,
  },
  {
    slug: 'gulong-miao-silver',
    nameZh: '黄平县谷陇苗族银饰手工艺专业合作社',
    nameEn: 'Huangping Gulong Miao Silver Handicraft Cooperative',
    legalForm: 'cooperative',
    creditCode: creditCode('93', 'MA6DM7Y45'),
    townshipSlug: 'gulong',
    villageSlug: 'dazhai',
    storyZh:
      '合作社由谷陇镇的苗族银匠组成，沿用錾刻、花丝等传统工艺，手工打制项圈、手镯、耳饰和发簪。作品在杭州水晶城的“苗银世家生活馆”展销，这家店是拱墅区在东西部扶贫协作中推动建成的。手工艺品同样计入消费帮扶。',
    storyEn:
      "The cooperative's members are Miao silversmiths of Gulong Town who still chase and filigree by hand, making neck rings, bracelets, earrings and hairpins. Their work is sold at the 苗银世家生活馆 (Miao Silver House) shop in Hangzhou's Shuijingcheng, set up by Gongshu District through the East–West cooperation. Handicrafts count as consumption aid too.",
    benefitMechanisms: [
      {
        type: 'produce_purchase',
        descriptionZh: '社员和学徒在家中錾刻、盘丝配件，合作社按件收购。',
        descriptionEn:
          'Members and apprentices chase and coil parts at home, and the cooperative buys them by the piece.',
      },
      {
        type: 'dividend',
        descriptionZh: '年终盈余按社员交易量返还。',
        descriptionEn:
          'Year-end surplus is returned to members in proportion to their trade with the cooperative.',
      },
    ],
    status: 'approved',
    demo: true,
  },
  {
    slug: 'chongan-river-rice',
    nameZh: '黄平县重安江稻米种植专业合作社',
    nameEn: "Huangping Chong'an River Rice Growers' Cooperative",
    legalForm: 'cooperative',
    creditCode: creditCode('93', 'MA6DC8R27'),
    townshipSlug: 'chongan',
    villageSlug: 'chongxing',
    storyZh:
      '合作社的稻田分布在重安江两岸，引江水灌溉，一年只种一季。合作社统一育秧、统一收购社员稻谷，碾成大米、糯米后销售。',
    storyEn:
      "The cooperative's paddies line both banks of the Chong'an River, irrigated from it and planted once a year. It raises the seedlings together and buys members' paddy to mill into white and glutinous rice.",
    benefitMechanisms: [
      {
        type: 'produce_purchase',
        descriptionZh: '以保底价收购社员稻谷，市场价更高时按市场价结算。',
        descriptionEn:
          "Members' paddy is bought at a guaranteed floor price, or at the market price when that is higher.",
      },
      {
        type: 'land_rent',
        descriptionZh: '外出务工农户的田地流转给合作社耕种，按年领取租金。',
        descriptionEn:
          'Households working away lease their fields to the cooperative and receive yearly rent.',
      },
    ],
    status: 'approved',
    demo: true,
  },
  {
    slug: 'wengping-bees',
    nameZh: '黄平县翁坪乡山花中蜂养殖专业合作社',
    nameEn: "Huangping Wengping Wildflower Honeybee Keepers' Cooperative",
    legalForm: 'cooperative',
    creditCode: creditCode('93', 'MA6E0FW93'),
    townshipSlug: 'wengping',
    villageSlug: 'huaqiao',
    storyZh:
      '翁坪乡山高林密，四季有花。社员在房前屋后和林下饲养中华蜂，一年只取一到两次成熟蜜。合作社统一检测、灌装和销售。',
    storyEn:
      'Wengping is high, wooded country with flowers in every season. Members keep Chinese honeybees around their homes and in the woods and take only ripe honey, once or twice a year; the cooperative tests, bottles and sells it.',
    benefitMechanisms: [
      {
        type: 'produce_purchase',
        descriptionZh: '合作社按质论价收购社员蜂蜜。',
        descriptionEn: "The cooperative buys members' honey at prices set by quality.",
      },
    ],
    status: 'approved',
    demo: true,
  },
  {
    slug: 'fengxiang-batik',
    nameZh: '黄平县重安镇枫香蜡染手工艺专业合作社',
    nameEn: 'Huangping Fengxiang Batik Handicraft Cooperative',
    legalForm: 'cooperative',
    creditCode: creditCode('93', 'MA6DJ4T52'),
    townshipSlug: 'chongan',
    villageSlug: 'fengxiang',
    storyZh:
      '枫香一带的妇女世代用蜡刀蘸蜂蜡在土布上绘制图案，再用蓝靛反复浸染。合作社统一接单、统一供布，绣娘和画娘在家中完成，照顾家人的同时有一份收入。',
    storyEn:
      'For generations the women around Fengxiang have drawn patterns in beeswax on handwoven cotton and dipped it again and again in indigo. The cooperative takes the orders and supplies the cloth; the women work at home and earn while caring for their families.',
    benefitMechanisms: [
      {
        type: 'produce_purchase',
        descriptionZh: '合作社按件收购社员完成的蜡染作品。',
        descriptionEn: 'The cooperative buys finished batik pieces from members by the piece.',
      },
    ],
    status: 'approved',
    demo: true,
  },
  {
    slug: 'lengshuihe-embroidery',
    nameZh: '黄平县旧州镇冷水河社区苗绣手工专业合作社',
    nameEn: 'Huangping Lengshuihe Community Miao Embroidery Cooperative',
    legalForm: 'cooperative',
    creditCode: creditCode('93', 'MA6HAQ1X6'),
    townshipSlug: 'jiuzhou',
    villageSlug: 'lengshuihe',
    storyZh:
      '冷水河是旧州镇的易地扶贫搬迁安置社区，据2020年的报道，社区贫困户每人每年还能得到500元分红。合作社在社区里设了工坊，搬迁群众中的妇女在家门口绣花、缝制，不用远离老人和孩子。',
    storyEn:
      'Lengshuihe is the relocation community of Jiuzhou Town; a 2020 report noted that its registered poor also receive a dividend of 500 yuan per person a year. The cooperative runs a workshop in the community, so women who moved down from the hills can stitch and sew close to home, near their children and elders.',
    benefitMechanisms: [
      {
        type: 'produce_purchase',
        descriptionZh: '绣片和成品按件计酬，由合作社统一收购。',
        descriptionEn:
          'Embroidered panels and finished goods are paid by the piece and bought by the cooperative.',
      },
      {
        type: 'day_wage',
        descriptionZh: '工坊裁剪、缝制岗位按日计酬。',
        descriptionEn: 'Cutting and sewing in the workshop are paid by the day.',
      },
    ],
    status: 'approved',
    demo: true,
  },
  {
    slug: 'hexiang-family-farm',
    nameZh: '黄平县新州镇禾香家庭农场',
    nameEn: 'Hexiang Family Farm, Xinzhou',
    legalForm: 'family_farm',
    creditCode: creditCode('92', 'MA6E3N8P0'),
    townshipSlug: 'xinzhou',
    villageSlug: 'yanmen',
    storyZh:
      '农场在新州镇种植番茄和小米辣，按黔东南的老办法入坛自然发酵，做成红酸汤、糟辣椒。原料不够时，向周边农户收购。',
    storyEn:
      'The farm grows tomatoes and bird’s-eye chillies in Xinzhou Town and ferments them in clay jars the old Qiandongnan way, into red sour soup and chopped chilli. When its own harvest runs short it buys from neighbouring households.',
    benefitMechanisms: [
      {
        type: 'produce_purchase',
        descriptionZh: '按约定价收购周边农户的番茄和辣椒。',
        descriptionEn: 'Tomatoes and chillies are bought from nearby households at an agreed price.',
      },
      {
        type: 'day_wage',
        descriptionZh: '采收和装坛时节雇用村民，按日结算工钱。',
        descriptionEn: 'Villagers are hired by the day at harvest and jarring time.',
      },
    ],
    status: 'approved',
    demo: true,
  },
  {
    slug: 'yiwanshui-taizishen',
    nameZh: '黄平县一碗水乡太子参种植专业合作社',
    nameEn: "Huangping Yiwanshui Taizishen Growers' Cooperative",
    legalForm: 'cooperative',
    creditCode: creditCode('93', 'MA6DG2K74'),
    townshipSlug: 'yiwanshui',
    villageSlug: 'dapo',
    storyZh:
      '一碗水乡海拔较高、昼夜温差大，适合种植太子参和天麻。合作社统一供种、统一技术指导，社员分户种植，收获后由合作社收购、分级和加工。',
    storyEn:
      'High ground and cool nights make Yiwanshui good country for taizishen and gastrodia. The cooperative supplies the seed stock and the know-how; members grow on their own plots and the cooperative buys, grades and processes the harvest.',
    benefitMechanisms: [
      {
        type: 'produce_purchase',
        descriptionZh: '合作社以保底价收购社员种植的太子参和天麻。',
        descriptionEn: "Members' taizishen and gastrodia are bought at a guaranteed floor price.",
      },
      {
        type: 'land_rent',
        descriptionZh: '示范基地流转农户坡地，按年支付租金。',
        descriptionEn: 'The demonstration plot leases hillside land from households for yearly rent.',
      },
    ],
    status: 'approved',
    demo: true,
  },
  {
    slug: 'wuyanghe-beef',
    nameZh: '黄平县舞阳河牛肉食品有限公司',
    nameEn: 'Huangping Wuyang River Beef Foods Co., Ltd.',
    legalForm: 'company',
    creditCode: creditCode('91', 'MA6DWU5B8'),
    townshipSlug: 'xinzhou',
    villageSlug: 'machang',
    storyZh:
      '公司以黄平本地黄牛为原料，加工牛肉干、风干牛肉和牛肉辣酱。与周边养殖户签订收购协议，车间用工以本地村民为主。',
    storyEn:
      'The company turns local Huangping yellow cattle into jerky, air-dried beef and beef chilli sauce. It signs purchase agreements with nearby cattle keepers, and most of its workshop staff come from the surrounding villages.',
    benefitMechanisms: [
      {
        type: 'produce_purchase',
        descriptionZh: '按协议价收购签约养殖户的肉牛。',
        descriptionEn: 'Cattle are bought from contracted keepers at an agreed price.',
      },
      {
        type: 'day_wage',
        descriptionZh: '车间分拣、包装岗位优先招用本地村民。',
        descriptionEn: 'Sorting and packing jobs go first to local villagers.',
      },
    ],
    status: 'approved',
    demo: true,
  },
  {
    slug: 'pingzhai-collective',
    nameZh: '黄平县浪洞镇坪寨村股份经济合作社',
    nameEn: 'Pingzhai Village Joint-Stock Economic Cooperative, Langdong',
    legalForm: 'village_collective',
    creditCode: creditCode('N2', 'MF0A3R7C2'),
    townshipSlug: 'langdong',
    villageSlug: 'pingzhai',
    storyZh:
      '坪寨村股份经济合作社是村集体经济组织，收储本村的糯米、腊肉和山货，统一包装销售。年终盈余按股份分给全体成员。',
    storyEn:
      "Pingzhai's joint-stock economic cooperative is the village's collective economic organisation. It gathers the village's glutinous rice, smoked pork and wild produce, packs and sells them together, and shares the year-end surplus among all members by their shares.",
    benefitMechanisms: [
      {
        type: 'dividend',
        descriptionZh: '集体经营盈余年终按股份分红。',
        descriptionEn: 'The collective’s year-end surplus is paid out as dividends by share.',
      },
      {
        type: 'produce_purchase',
        descriptionZh: '收购本村农户的糯米、腊肉和干货。',
        descriptionEn:
          "Glutinous rice, smoked pork and dried produce are bought from the village's households.",
      },
    ],
    status: 'approved',
    demo: true,
  },
  {
    slug: 'pingxi-cloud-tea',
    nameZh: '黄平县平溪镇高坪云雾茶专业合作社',
    nameEn: "Huangping Gaoping Cloud-Mist Tea Growers' Cooperative",
    legalForm: 'cooperative',
    creditCode: creditCode('93', 'MA6HB9L31'),
    townshipSlug: 'pingxi',
    villageSlug: 'gaoping',
    storyZh: '合作社的茶园在平溪镇高坪村，海拔一千米以上，常年云雾缭绕。合作社已提交入驻申请，正在审核中。',
    storyEn:
      'The cooperative’s gardens in Gaoping, Pingxi Town, sit above 1,000 m and are wrapped in mist much of the year. Its application to sell on the platform is under review.',
    benefitMechanisms: [
      {
        type: 'produce_purchase',
        descriptionZh: '按当日鲜叶价收购社员茶青。',
        descriptionEn: "Members' fresh leaf is bought at the day's price.",
      },
    ],
    status: 'pending',
    demo: true,
  },
  {
    slug: 'zhifang-log-fungi',
    nameZh: '黄平县纸房乡竹园食用菌专业合作社',
    nameEn: 'Huangping Zhuyuan Log-Grown Fungi Cooperative',
    legalForm: 'cooperative',
    creditCode: creditCode('93', 'MA6DE6X09'),
    townshipSlug: 'zhifang',
    villageSlug: 'zhuyuan',
    storyZh:
      '合作社在纸房乡竹园村用青冈木段种植黑木耳和香菇。因资质材料需要更新，平台已暂停其销售资格，整改完成前商品不计入消费帮扶。',
    storyEn:
      'The cooperative grows black fungus and shiitake on oak logs in Zhuyuan, Zhifang Township. Its papers need renewing, so the platform has suspended it; until that is done its goods do not count as consumption aid.',
    benefitMechanisms: [
      {
        type: 'produce_purchase',
        descriptionZh: '收购社员段木出产的木耳和香菇。',
        descriptionEn: "Black fungus and shiitake from members' logs are bought by the cooperative.",
      },
    ],
    status: 'suspended',
    demo: true,
  },
];

// ---------------------------------------------------------------- products

const v = (
  skuSuffix: string,
  labelZh: string,
  labelEn: string,
  priceFen: number,
  stock: number,
  shippingWeightGrams: number,
): DemoVariant => ({
  skuSuffix,
  labelZh,
  labelEn,
  priceFen,
  stock,
  shippingWeightGrams,
});

// Certificates issued before 2025 name the county rural revitalisation bureau; later ones the agriculture bureau.
const cert = (
  number: string,
  validFrom: IsoDate,
  validTo: IsoDate,
  revokedOn: IsoDate | null = null,
): DemoCertificate => ({
  number,
  issuer: validFrom < '2025-01-01' ? '黄平县乡村振兴局' : '黄平县农业农村局',
  validFrom,
  validTo,
  revoked: revokedOn !== null,
  revokedOn,
});

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  // --- the article's goods: Louyang Lake under-forest organic tea
  {
    slug: 'louyang-lake-organic-green-tea-premium',
    nameZh: '溇阳湖林下有机绿茶·明前特级',
    nameEn: 'Louyang Lake Under-Forest Organic Green Tea, Pre-Qingming Special Grade',
    descriptionZh:
      '采自溇阳湖畔林荫下的有机茶园，清明前手工采摘一芽一叶初展。汤色嫩绿明亮，栗香中带着兰花香。',
    descriptionEn:
      'Picked by hand before Qingming in the organic garden shaded by forest on the shore of Louyang Lake: one bud and one opening leaf. The liquor is bright jade green, with a chestnut and orchid aroma.',
    categorySlug: 'tea',
    cooperativeSlug: 'lebainian-health',
    villageSlug: 'pingxiba',
    createdDaysAgo: 12,
    certificate: cert('QDN-HP-2026-0012', '2026-03-01', '2027-02-28'),
    variants: [
      v('50G', '50 克罐装', '50 g tin', 9800, 40, 180),
      v('100G', '100 克罐装', '100 g tin', 16800, 25, 260),
      v('GIFT', '礼盒装（2×100 克）', 'Gift box (2 × 100 g)', 39800, 10, 720),
    ],
    fromArticle: true,
  },
  {
    slug: 'louyang-lake-organic-green-tea-first-grade',
    nameZh: '溇阳湖林下有机绿茶·一级',
    nameEn: 'Louyang Lake Under-Forest Organic Green Tea, First Grade',
    descriptionZh: '清明后至谷雨前采摘的一芽二叶，滋味鲜爽，耐冲泡。用玻璃杯、85℃左右的水冲泡最宜。',
    descriptionEn:
      'One bud and two leaves picked between Qingming and Guyu: fresh, brisk and good for several infusions. Best brewed in a glass with water at about 85 °C.',
    categorySlug: 'tea',
    cooperativeSlug: 'lebainian-health',
    villageSlug: 'pingxiba',
    createdDaysAgo: 20,
    certificate: cert('QDN-HP-2026-0013', '2026-04-10', '2027-04-09'),
    variants: [v('100G', '100 克', '100 g', 8800, 60, 220), v('250G', '250 克', '250 g', 19800, 35, 420)],
    fromArticle: true,
  },
  {
    slug: 'louyang-lake-organic-tea-everyday',
    nameZh: '溇阳湖林下有机茶·口粮装',
    nameEn: 'Louyang Lake Under-Forest Organic Tea, Everyday Pack',
    descriptionZh: '用夏秋茶制成的炒青，茶味浓，价格实在。牛皮纸袋包装，适合办公室和家里日常饮用。',
    descriptionEn:
      'Pan-fired summer and autumn leaves with a full, robust taste at an honest price. Packed in kraft bags for the office or the family table.',
    categorySlug: 'tea',
    cooperativeSlug: 'lebainian-health',
    villageSlug: 'pingxiba',
    createdDaysAgo: 45,
    certificate: cert('QDN-HP-2026-0014', '2026-04-10', '2027-04-09'),
    variants: [v('250G', '250 克', '250 g', 6800, 120, 400), v('500G', '500 克', '500 g', 12800, 0, 700)],
    fromArticle: true,
  },
  {
    slug: 'louyang-lake-organic-black-tea',
    nameZh: '溇阳湖林下有机红茶',
    nameEn: 'Louyang Lake Under-Forest Organic Black Tea',
    descriptionZh: '以林下茶园的春茶鲜叶经萎凋、揉捻、发酵制成。汤色红亮，带蜜香，放凉后也不苦涩。',
    descriptionEn:
      'Spring leaves from the forest garden, withered, rolled and oxidised into black tea. The liquor is clear red with a honeyed note and stays smooth as it cools.',
    categorySlug: 'tea',
    cooperativeSlug: 'lebainian-health',
    villageSlug: 'pingxiba',
    createdDaysAgo: 33,
    certificate: cert('QDN-HP-2026-0015', '2026-05-06', '2027-05-05'),
    variants: [
      v('100G', '100 克', '100 g', 12800, 45, 220),
      v('200G', '200 克罐装', '200 g tin', 22800, 20, 380),
    ],
    fromArticle: true,
  },
  {
    slug: 'louyang-lake-organic-tea-gift-box',
    nameZh: '溇阳湖林下有机茶·红绿双享礼盒',
    nameEn: 'Louyang Lake Organic Tea Gift Box, Green and Black',
    descriptionZh: '明前绿茶与有机红茶各一罐，配竹制茶则。是一份来自黄平山水的心意，适合送给亲友。',
    descriptionEn:
      'A tin each of pre-Qingming green tea and organic black tea, with a bamboo tea scoop. A gift from the hills of Huangping for friends and family.',
    categorySlug: 'tea',
    cooperativeSlug: 'lebainian-health',
    villageSlug: 'pingxiba',
    createdDaysAgo: 8,
    certificate: cert('QDN-HP-2026-0016', '2026-05-06', '2027-05-05'),
    variants: [
      v('GIFT', '礼盒装（2×100 克）', 'Gift box (2 × 100 g)', 29800, 30, 900),
      v('GIFT-L', '臻品礼盒（2×150 克）', 'Deluxe gift box (2 × 150 g)', 39800, 8, 1100),
    ],
    fromArticle: true,
  },
  {
    slug: 'louyang-lake-organic-tea-bags',
    nameZh: '溇阳湖林下有机绿茶·三角袋泡茶',
    nameEn: 'Louyang Lake Organic Green Tea, Pyramid Tea Bags',
    descriptionZh: '一级有机绿茶装入玉米纤维三角袋，每袋3克。上班、出差时一泡即饮。',
    descriptionEn:
      'First-grade organic green tea in corn-fibre pyramid bags, 3 g each. Ready in a cup at work or on the road.',
    categorySlug: 'tea',
    cooperativeSlug: 'lebainian-health',
    villageSlug: 'pingxiba',
    createdDaysAgo: 60,
    certificate: cert('QDN-HP-2026-0017', '2026-05-06', '2027-05-05'),
    variants: [
      v('20BAGS', '20 袋装', '20 bags', 6800, 80, 200),
      v('50BAGS', '50 袋装', '50 bags', 14800, 40, 380),
    ],
    fromArticle: true,
  },

  // --- the article's goods: the Langdong fungi park
  {
    slug: 'termite-mushroom-fresh',
    nameZh: '鸡枞菌·鲜品',
    nameEn: 'Fresh Termite Mushroom',
    descriptionZh:
      '产业园大棚当天采摘，冷链发货，次日可达杭州。菌柄脆嫩、菌盖鲜甜，适合清炒、煲汤或熬鸡枞油。',
    descriptionEn:
      "Picked in the park's greenhouses on the day of dispatch and sent by cold chain, reaching Hangzhou the next day. Crisp stems and sweet caps for stir-frying, soup or mushroom oil.",
    categorySlug: 'fungi',
    cooperativeSlug: 'langdong-fungi-park',
    villageSlug: 'hekou',
    createdDaysAgo: 3,
    certificate: cert('QDN-HP-2026-0021', '2026-02-15', '2027-02-14'),
    variants: [
      v('500G', '500 克（冷链）', '500 g (cold chain)', 9800, 50, 1200),
      v('1KG', '1 千克（冷链）', '1 kg (cold chain)', 17800, 0, 1900),
    ],
    fromArticle: true,
  },
  {
    slug: 'termite-mushroom-dried',
    nameZh: '鸡枞菌·干片',
    nameEn: 'Dried Termite Mushroom Slices',
    descriptionZh: '鲜鸡枞切片后低温烘干，香味更浓。温水泡发20分钟，即可炖汤、炒肉。',
    descriptionEn:
      'Fresh termite mushrooms sliced and dried at low temperature, which deepens their aroma. Soak in warm water for 20 minutes, then add to soups or stir-fries.',
    categorySlug: 'fungi',
    cooperativeSlug: 'langdong-fungi-park',
    villageSlug: 'hekou',
    createdDaysAgo: 27,
    certificate: cert('QDN-HP-2026-0022', '2026-02-15', '2027-02-14'),
    variants: [v('100G', '100 克', '100 g', 8800, 70, 220), v('250G', '250 克', '250 g', 19800, 30, 450)],
    fromArticle: true,
  },
  {
    slug: 'termite-mushroom-in-chilli-oil',
    nameZh: '油鸡枞',
    nameEn: 'Termite Mushroom in Chilli Oil',
    descriptionZh: '鸡枞菌撕成细丝，用菜籽油小火慢炸，加入本地干辣椒。拌面、拌饭、配粥都合适。',
    descriptionEn:
      'Termite mushrooms torn into strips and fried slowly in rapeseed oil with local dried chillies. Spoon it over noodles, rice or congee.',
    categorySlug: 'fungi',
    cooperativeSlug: 'langdong-fungi-park',
    villageSlug: 'hekou',
    createdDaysAgo: 15,
    certificate: cert('QDN-HP-2026-0023', '2026-03-20', '2027-03-19'),
    variants: [
      v('220G', '220 克瓶装', '220 g jar', 5800, 90, 420),
      v('2JARS', '两瓶装', 'Two jars', 10800, 40, 820),
    ],
    fromArticle: true,
  },
  {
    slug: 'pleurotus-giganteus-fresh',
    nameZh: '猪肚菇·鲜品',
    nameEn: 'Fresh Pleurotus giganteus',
    descriptionZh: '猪肚菇菌盖呈漏斗形，口感爽脆，带淡淡的杏仁香。产业园智能大棚控温控湿栽培，冷链发货。',
    descriptionEn:
      "A funnel-capped mushroom with a crunchy bite and a faint almond scent, grown in the park's climate-controlled greenhouses. Shipped by cold chain.",
    categorySlug: 'fungi',
    cooperativeSlug: 'langdong-fungi-park',
    villageSlug: 'hekou',
    createdDaysAgo: 5,
    certificate: cert('QDN-HP-2026-0024', '2026-02-15', '2027-02-14'),
    variants: [
      v('500G', '500 克（冷链）', '500 g (cold chain)', 3900, 80, 1100),
      v('1500G', '1.5 千克（冷链）', '1.5 kg (cold chain)', 9900, 25, 2300),
    ],
    fromArticle: true,
  },
  {
    slug: 'pleurotus-giganteus-dried',
    nameZh: '猪肚菇·干品',
    nameEn: 'Dried Pleurotus giganteus',
    descriptionZh: '整朵低温烘干，泡发后仍保留脆韧口感。适合炖鸡、煮火锅。',
    descriptionEn:
      'Whole mushrooms dried at low temperature; they keep their springy bite once soaked. Good in chicken stew or hotpot.',
    categorySlug: 'fungi',
    cooperativeSlug: 'langdong-fungi-park',
    villageSlug: 'hekou',
    createdDaysAgo: 40,
    certificate: cert('QDN-HP-2026-0025', '2026-03-20', '2027-03-19'),
    variants: [v('150G', '150 克', '150 g', 6800, 55, 300), v('300G', '300 克', '300 g', 12800, 30, 520)],
    fromArticle: true,
  },
  {
    slug: 'langdong-mushroom-gift-box',
    nameZh: '山海菌菇礼盒',
    nameEn: 'Shanhai Mushroom Gift Box',
    descriptionZh: '鸡枞菌干片、猪肚菇干品和一瓶油鸡枞的组合装。一盒尝遍浪洞产业园的两种主打菌。',
    descriptionEn:
      "Dried termite mushroom, dried Pleurotus giganteus and a jar of termite mushroom in chilli oil: the park's two signature mushrooms in one box.",
    categorySlug: 'fungi',
    cooperativeSlug: 'langdong-fungi-park',
    villageSlug: 'hekou',
    createdDaysAgo: 10,
    certificate: cert('QDN-HP-2026-0026', '2026-03-20', '2027-03-19'),
    variants: [v('GIFT', '礼盒装', 'Gift box', 25800, 12, 1300)],
    fromArticle: true,
  },
  {
    slug: 'mushroom-soup-pack',
    nameZh: '菌菇汤包',
    nameEn: 'Mushroom Soup Pack',
    descriptionZh: '鸡枞菌、猪肚菇干品配红枣、枸杞，按一锅的量分装。加一只鸡或一些排骨，炖一小时即成。',
    descriptionEn:
      'Dried termite mushroom and Pleurotus giganteus with jujubes and goji, portioned for one pot. Add a chicken or pork ribs and simmer for an hour.',
    categorySlug: 'fungi',
    cooperativeSlug: 'langdong-fungi-park',
    villageSlug: 'hekou',
    createdDaysAgo: 55,
    certificate: cert('QDN-HP-2026-0027', '2026-06-01', '2027-05-31'),
    variants: [
      v('1PACK', '单包（80 克）', 'Single pack (80 g)', 3900, 150, 150),
      v('5PACKS', '五包装', 'Five packs', 17800, 40, 620),
    ],
    fromArticle: true,
  },
  {
    slug: 'pleurotus-giganteus-crisps',
    nameZh: '猪肚菇脆片',
    nameEn: 'Pleurotus giganteus Crisps',
    descriptionZh: '猪肚菇经低温真空油炸制成脆片，保留菌菇本味，少盐。追剧、加班时的小零食。',
    descriptionEn:
      "Pleurotus giganteus vacuum-fried at low temperature into lightly salted crisps that keep the mushroom's own flavour. A snack for late nights.",
    categorySlug: 'fungi',
    cooperativeSlug: 'langdong-fungi-park',
    villageSlug: 'hekou',
    createdDaysAgo: 36,
    certificate: cert('QDN-HP-2026-0028', '2026-06-01', '2027-05-31'),
    variants: [
      v('3BAGS', '三袋装（3×60 克）', 'Three bags (3 × 60 g)', 3900, 100, 260),
      v('6BAGS', '六袋装（6×60 克）', 'Six bags (6 × 60 g)', 6900, 60, 480),
    ],
    fromArticle: true,
  },

  // --- the article's goods: Miao silver sold at the 苗银世家生活馆 shop
  {
    slug: 'miao-silver-neck-ring',
    nameZh: '苗银錾花项圈',
    nameEn: 'Miao Silver Engraved Neck Ring',
    descriptionZh: '仿照苗族盛装中的项圈打制，圈身錾刻龙纹和水波纹。日常佩戴可选单圈款，收藏可选三层款。',
    descriptionEn:
      'Modelled on the neck rings of Miao festival dress and chased with dragon and wave patterns. A single ring for everyday wear, or three tiers for collectors.',
    categorySlug: 'silver',
    cooperativeSlug: 'gulong-miao-silver',
    villageSlug: 'dazhai',
    createdDaysAgo: 18,
    certificate: cert('QDN-HP-2026-0031', '2026-04-01', '2027-03-31'),
    variants: [
      v('SINGLE', '单圈', 'Single ring', 68000, 6, 600),
      v('TRIPLE', '三层', 'Three tiers', 198000, 2, 1200),
    ],
    fromArticle: true,
  },
  {
    slug: 'miao-silver-longevity-lock-pendant',
    nameZh: '苗银长命锁吊坠',
    nameEn: 'Miao Silver Longevity Lock Pendant',
    descriptionZh: '锁片正面錾刻“长命富贵”，背面为蝴蝶妈妈纹样，下缀小银铃。寓意平安，常作满月和生日礼物。',
    descriptionEn:
      "The lock is chased with a wish for long life and prosperity on the front and the Butterfly Mother on the back, with little bells below. A wish for safety, often given for a baby's first month or a birthday.",
    categorySlug: 'silver',
    cooperativeSlug: 'gulong-miao-silver',
    villageSlug: 'dazhai',
    createdDaysAgo: 25,
    certificate: cert('QDN-HP-2026-0032', '2026-04-01', '2027-03-31'),
    variants: [
      v('PENDANT', '吊坠配银链', 'Pendant with chain', 32800, 15, 250),
      v('CHILD', '儿童款', "Children's size", 16800, 20, 200),
    ],
    fromArticle: true,
  },
  {
    slug: 'miao-silver-twisted-bracelet',
    nameZh: '苗银绞丝手镯',
    nameEn: 'Miao Silver Twisted-Wire Bracelet',
    descriptionZh: '三股银丝手工绞合成镯，开口设计，可微调大小。越戴越亮，是苗家姑娘最常戴的日常银饰。',
    descriptionEn:
      'Three silver wires twisted together by hand, open at the back so the size can be adjusted. It brightens with wear and is the everyday piece of Miao girls.',
    categorySlug: 'silver',
    cooperativeSlug: 'gulong-miao-silver',
    villageSlug: 'dazhai',
    createdDaysAgo: 30,
    certificate: cert('QDN-HP-2026-0033', '2026-04-01', '2027-03-31'),
    variants: [
      v('S', '小号', 'Small', 26800, 9, 220),
      v('M', '中号', 'Medium', 28800, 12, 230),
      v('L', '大号', 'Large', 28800, 0, 240),
    ],
    fromArticle: true,
  },
  {
    slug: 'miao-silver-engraved-bangle',
    nameZh: '苗银錾花手镯',
    nameEn: 'Miao Silver Engraved Bangle',
    descriptionZh:
      '宽面手镯上錾刻石榴花和鱼纹，每一道线条都由银匠一锤一錾完成。每只纹样略有不同，那是手工的痕迹。',
    descriptionEn:
      'A wide bangle chased with pomegranate flowers and fish, every line struck by hand with hammer and chisel. No two are quite alike — the mark of handwork.',
    categorySlug: 'silver',
    cooperativeSlug: 'gulong-miao-silver',
    villageSlug: 'dazhai',
    createdDaysAgo: 48,
    certificate: cert('QDN-HP-2026-0034', '2026-04-01', '2027-03-31'),
    variants: [v('ONE', '单只', 'Single', 45800, 8, 260), v('PAIR', '一对', 'Pair', 86800, 3, 420)],
    fromArticle: true,
  },
  {
    slug: 'miao-silver-butterfly-earrings',
    nameZh: '苗银蝴蝶耳坠',
    nameEn: 'Miao Silver Butterfly Earrings',
    descriptionZh:
      '蝴蝶在苗族传说中是人类的始祖，耳坠以花丝盘出蝶翼，下坠细长银流苏。轻巧不坠耳，耳钩为925银。',
    descriptionEn:
      'In Miao legend the butterfly is the mother of humankind; here its wings are coiled in filigree above fine silver tassels. Light on the ear, with 925 silver hooks.',
    categorySlug: 'silver',
    cooperativeSlug: 'gulong-miao-silver',
    villageSlug: 'dazhai',
    createdDaysAgo: 7,
    certificate: cert('QDN-HP-2026-0035', '2026-06-15', '2027-06-14'),
    variants: [v('PAIR', '一对', 'Pair', 23800, 18, 150)],
    fromArticle: true,
  },
  {
    slug: 'miao-silver-filigree-earrings',
    nameZh: '苗银花丝圆耳环',
    nameEn: 'Miao Silver Filigree Round Earrings',
    descriptionZh: '用细银丝掐成卷草纹，焊成镂空圆片。造型简洁，上班通勤也能戴。',
    descriptionEn:
      'Fine silver wire pinched into scrolling vines and soldered into openwork discs. Simple enough to wear to the office.',
    categorySlug: 'silver',
    cooperativeSlug: 'gulong-miao-silver',
    villageSlug: 'dazhai',
    createdDaysAgo: 66,
    certificate: cert('QDN-HP-2026-0036', '2026-06-15', '2027-06-14'),
    variants: [v('PAIR', '一对', 'Pair', 19800, 14, 150)],
    fromArticle: true,
  },
  {
    slug: 'miao-silver-flower-hairpin',
    nameZh: '苗银花簪',
    nameEn: 'Miao Silver Flower Hairpin',
    descriptionZh: '簪头用银片压出层层花瓣，花心缀有小银珠，走动时发出细碎的声响。适合盘发或插在发髻上。',
    descriptionEn:
      'Layered petals pressed from silver sheet, with small silver beads at the centre that tinkle as you move. Made for an updo or a bun.',
    categorySlug: 'silver',
    cooperativeSlug: 'gulong-miao-silver',
    villageSlug: 'dazhai',
    createdDaysAgo: 22,
    certificate: cert('QDN-HP-2026-0037', '2026-06-15', '2027-06-14'),
    variants: [v('ONE', '单支', 'Single', 21800, 10, 180)],
    fromArticle: true,
  },
  {
    slug: 'miao-silver-bird-hairpin',
    nameZh: '苗银鹡宇鸟发簪',
    nameEn: 'Miao Silver Jiyu Bird Hairpin',
    descriptionZh:
      '簪头是苗族古歌中孵化始祖的鹡宇鸟，鸟尾以花丝盘成。簪身为实心银条，插入发髻稳固，不易滑落。',
    descriptionEn:
      'The head is the Jiyu bird, which in the Miao ancient songs hatched the first ancestors, with a filigree tail. The solid silver shank holds firmly in a bun.',
    categorySlug: 'silver',
    cooperativeSlug: 'gulong-miao-silver',
    villageSlug: 'wengyong',
    createdDaysAgo: 90,
    certificate: cert('QDN-HP-2026-0038', '2026-06-15', '2027-06-14'),
    variants: [v('ONE', '单支', 'Single', 26800, 7, 180)],
    fromArticle: true,
  },
  {
    slug: 'miao-silver-bell-bracelet',
    nameZh: '苗银铃铛手链',
    nameEn: 'Miao Silver Bell Bracelet',
    descriptionZh: '小银铃串成手链，走动时叮当作响。苗家人相信银铃声能驱邪纳福。',
    descriptionEn:
      'Little silver bells strung into a bracelet that chimes as you walk. Miao families believe the sound of silver bells keeps bad luck away.',
    categorySlug: 'silver',
    cooperativeSlug: 'gulong-miao-silver',
    villageSlug: 'wengyong',
    createdDaysAgo: 14,
    certificate: cert('QDN-HP-2026-0039', '2026-07-01', '2027-06-30'),
    variants: [
      v('KIDS', '儿童款', "Children's size", 16800, 16, 150),
      v('ADULT', '成人款', 'Adult size', 18800, 22, 160),
    ],
    fromArticle: true,
  },
  {
    slug: 'miao-silver-engraved-ring',
    nameZh: '苗银錾花戒指',
    nameEn: 'Miao Silver Engraved Ring',
    descriptionZh: '戒面錾刻铜鼓上的太阳纹，开口设计，大小可调。男女皆宜，可与手镯成套佩戴。',
    descriptionEn:
      'Chased with the sun pattern of the bronze drums, with an open back for an adjustable fit. Suits any hand and pairs well with the bangles.',
    categorySlug: 'silver',
    cooperativeSlug: 'gulong-miao-silver',
    villageSlug: 'dazhai',
    createdDaysAgo: 1,
    // Issued but not yet in force: a "not yet valid" edge for the eligibility rule.
    certificate: cert('QDN-HP-2026-0040', '2026-12-15', '2027-12-14'),
    variants: [v('ONE', '单只', 'Single', 16800, 25, 120)],
    fromArticle: true,
  },
  {
    slug: 'miao-silver-teacup',
    nameZh: '苗银錾花茶杯',
    nameEn: 'Miao Silver Engraved Teacup',
    descriptionZh: '杯身由一整块银片锤揲成形，外壁錾刻山峦和湖水波纹。配溇阳湖有机茶同用，别有一番滋味。',
    descriptionEn:
      'Raised from a single sheet of silver and chased with hills and rippling water. A fine cup for Louyang Lake organic tea.',
    categorySlug: 'silver',
    cooperativeSlug: 'gulong-miao-silver',
    villageSlug: 'dazhai',
    createdDaysAgo: 70,
    certificate: null,
    variants: [
      v('ONE', '单只（约 60 克）', 'Single (about 60 g)', 98000, 4, 400),
      v('PAIR', '对杯', 'Pair', 188000, 0, 750),
    ],
    fromArticle: true,
  },

  // --- generated goods (demo sellers)
  {
    slug: 'chongan-river-rice',
    nameZh: '重安江大米',
    nameEn: "Chong'an River Rice",
    descriptionZh: '重安江边的稻田引江水灌溉，一年只种一季。米粒透亮，煮出的饭有清香。',
    descriptionEn:
      "From paddies along the Chong'an River, irrigated from it and planted once a year. Translucent grains that cook up fragrant.",
    categorySlug: 'rice',
    cooperativeSlug: 'chongan-river-rice',
    villageSlug: 'chongxing',
    createdDaysAgo: 35,
    certificate: cert('QDN-HP-2026-0041', '2026-01-15', '2027-01-14'),
    variants: [
      v('2500G', '2.5 千克', '2.5 kg', 4800, 90, 2700),
      v('5KG', '5 千克', '5 kg', 8800, 60, 5300),
      v('10KG', '10 千克', '10 kg', 16800, 20, 10500),
    ],
    fromArticle: false,
  },
  {
    slug: 'huangping-glutinous-rice',
    nameZh: '黄平糯米',
    nameEn: 'Huangping Glutinous Rice',
    descriptionZh: '本地老品种糯稻，黏性足，米香浓。包粽子、打糍粑、蒸糯米饭都好用。',
    descriptionEn:
      'An old local glutinous variety, sticky and fragrant. For zongzi, ciba rice cakes or steamed sticky rice.',
    categorySlug: 'rice',
    cooperativeSlug: 'chongan-river-rice',
    villageSlug: 'chongxing',
    createdDaysAgo: 50,
    certificate: cert('QDN-HP-2026-0042', '2026-01-15', '2027-01-14'),
    variants: [v('2500G', '2.5 千克', '2.5 kg', 5800, 70, 2700), v('5KG', '5 千克', '5 kg', 10800, 35, 5300)],
    fromArticle: false,
  },
  {
    slug: 'highland-red-rice',
    nameZh: '高山红米',
    nameEn: 'Highland Red Rice',
    descriptionZh: '种在坡地梯田里的红米，保留了米糠层，口感偏韧。适合与白米混合煮饭或熬粥。',
    descriptionEn:
      'Red rice from hillside terraces with its bran layer kept, so it is slightly chewy. Cook it mixed with white rice, or in congee.',
    categorySlug: 'rice',
    cooperativeSlug: 'chongan-river-rice',
    villageSlug: 'chongxing',
    createdDaysAgo: 120,
    // Revoked mid-term: sales before 2026-05-20 still counted.
    certificate: cert('QDN-HP-2026-0043', '2026-01-15', '2027-01-14', '2026-05-20'),
    variants: [v('1KG', '1 千克', '1 kg', 3800, 40, 1100), v('2500G', '2.5 千克', '2.5 kg', 8800, 15, 2700)],
    fromArticle: false,
  },
  {
    slug: 'black-glutinous-rice',
    nameZh: '黑糯米',
    nameEn: 'Black Glutinous Rice',
    descriptionZh: '黔东南苗家过节常用黑糯米蒸饭、酿甜酒。米粒乌亮，煮后汤色紫红。',
    descriptionEn:
      'Miao families in Qiandongnan steam black glutinous rice and brew sweet rice wine with it for festivals. Glossy dark grains that turn the water purple-red.',
    categorySlug: 'rice',
    cooperativeSlug: 'chongan-river-rice',
    villageSlug: 'chongxing',
    createdDaysAgo: 80,
    certificate: cert('QDN-HP-2026-0044', '2026-01-15', '2027-01-14'),
    variants: [v('1KG', '1 千克', '1 kg', 3800, 55, 1100)],
    fromArticle: false,
  },
  {
    slug: 'new-crop-rice-gift-box',
    nameZh: '重安江新米礼盒',
    nameEn: "Chong'an River New-Crop Rice Gift Box",
    descriptionZh: '当年秋收的新米，真空小包装，每包500克。大米、糯米、红米各两包。',
    descriptionEn: "This autumn's harvest in 500 g vacuum packs: two each of white, glutinous and red rice.",
    categorySlug: 'rice',
    cooperativeSlug: 'chongan-river-rice',
    villageSlug: 'chongxing',
    createdDaysAgo: 2,
    certificate: cert('QDN-HP-2026-0045', '2026-10-20', '2027-10-19'),
    variants: [v('GIFT', '礼盒装（3 千克）', 'Gift box (3 kg)', 12800, 0, 3500)],
    fromArticle: false,
  },
  {
    slug: 'wengping-wildflower-honey',
    nameZh: '翁坪中蜂百花蜜',
    nameEn: 'Wengping Wildflower Honey',
    descriptionZh: '中华蜂采集山间百花，一年只取一次成熟封盖蜜。天冷时会自然结晶，属于正常现象。',
    descriptionEn:
      'Chinese honeybees forage the mountain flowers, and only the capped, ripe honey is taken, once a year. It crystallises naturally in cold weather.',
    categorySlug: 'honey',
    cooperativeSlug: 'wengping-bees',
    villageSlug: 'huaqiao',
    createdDaysAgo: 28,
    certificate: cert('QDN-HP-2026-0051', '2026-03-01', '2027-02-28'),
    variants: [
      v('500G', '500 克', '500 g', 12800, 45, 800),
      v('2X500G', '两瓶装（2×500 克）', 'Two jars (2 × 500 g)', 23800, 20, 1550),
    ],
    fromArticle: false,
  },
  {
    slug: 'chinese-honeybee-comb-honey',
    nameZh: '中蜂巢蜜',
    nameEn: 'Chinese Honeybee Comb Honey',
    descriptionZh: '整块蜂巢切块装盒，蜂蜡可以嚼食。每盒重量因巢脾厚薄略有差异。',
    descriptionEn:
      'Cut straight from the frame into boxes; the wax can be chewed. Weights vary a little with the thickness of the comb.',
    categorySlug: 'honey',
    cooperativeSlug: 'wengping-bees',
    villageSlug: 'huaqiao',
    createdDaysAgo: 19,
    certificate: cert('QDN-HP-2026-0052', '2026-03-01', '2027-02-28'),
    variants: [v('400G', '400 克', '400 g', 16800, 0, 700)],
    fromArticle: false,
  },
  {
    slug: 'wubeizi-honey',
    nameZh: '五倍子蜂蜜',
    nameEn: 'Chinese Sumac (Wubeizi) Honey',
    descriptionZh: '秋季五倍子开花时采收，颜色较深，入口微酸，回味甘甜。产量少，每年只在秋季供应。',
    descriptionEn:
      'Gathered in autumn when the Chinese sumac blooms: dark, slightly tart, with a sweet finish. Harvests are small and it is sold only in autumn.',
    categorySlug: 'honey',
    cooperativeSlug: 'wengping-bees',
    villageSlug: 'yanjiao',
    createdDaysAgo: 150,
    certificate: cert('QDN-HP-2025-0118', '2025-11-01', '2026-10-31'),
    variants: [v('250G', '250 克', '250 g', 9800, 30, 450), v('500G', '500 克', '500 g', 16800, 12, 800)],
    fromArticle: false,
  },
  {
    slug: 'wengping-honey-gift-box',
    nameZh: '翁坪蜂蜜礼盒',
    nameEn: 'Wengping Honey Gift Box',
    descriptionZh: '百花蜜和五倍子蜜各一瓶，配木质蜜勺。适合节日送礼。',
    descriptionEn:
      'A jar each of wildflower and Chinese sumac honey, with a wooden honey dipper. A gift for the holidays.',
    categorySlug: 'honey',
    cooperativeSlug: 'wengping-bees',
    villageSlug: 'huaqiao',
    createdDaysAgo: 9,
    certificate: null,
    variants: [v('GIFT', '礼盒装', 'Gift box', 19800, 18, 1400)],
    fromArticle: false,
  },
  {
    slug: 'indigo-batik-table-runner',
    nameZh: '蓝靛蜡染桌旗',
    nameEn: 'Indigo Batik Table Runner',
    descriptionZh:
      '在手工土布上用蜡刀绘出铜鼓纹和鸟纹，经蓝靛多次浸染后脱蜡。冰裂纹自然形成，每一条都独一无二。',
    descriptionEn:
      'Bronze-drum and bird motifs drawn in wax on handwoven cotton, dipped in indigo many times and then dewaxed. The crackle forms by itself, so every runner is one of a kind.',
    categorySlug: 'batik',
    cooperativeSlug: 'fengxiang-batik',
    villageSlug: 'fengxiang',
    createdDaysAgo: 38,
    certificate: cert('QDN-HP-2026-0061', '2026-05-10', '2027-05-09'),
    variants: [
      v('180CM', '30×180 厘米', '30 × 180 cm', 16800, 12, 350),
      v('240CM', '30×240 厘米', '30 × 240 cm', 22800, 6, 450),
    ],
    fromArticle: false,
  },
  {
    slug: 'batik-cotton-linen-scarf',
    nameZh: '蜡染棉麻围巾',
    nameEn: 'Batik Cotton-Linen Scarf',
    descriptionZh: '棉麻面料柔软透气，纹样取自苗族百褶裙上的蜡染花边。请冷水手洗，避免暴晒。',
    descriptionEn:
      'Soft, breathable cotton-linen with patterns taken from the batik borders of Miao pleated skirts. Hand-wash cold and dry in the shade.',
    categorySlug: 'batik',
    cooperativeSlug: 'fengxiang-batik',
    villageSlug: 'fengxiang',
    createdDaysAgo: 44,
    certificate: cert('QDN-HP-2026-0062', '2026-05-10', '2027-05-09'),
    variants: [v('ONE', '单条', 'Single', 8800, 30, 200)],
    fromArticle: false,
  },
  {
    slug: 'batik-canvas-tote',
    nameZh: '蜡染帆布托特包',
    nameEn: 'Batik Canvas Tote',
    descriptionZh: '厚帆布包身拼接一块手绘蜡染布，内有拉链暗袋，能装下笔记本电脑。',
    descriptionEn:
      'Heavy canvas with a panel of hand-drawn batik and a zipped inner pocket. Big enough for a laptop.',
    categorySlug: 'batik',
    cooperativeSlug: 'fengxiang-batik',
    villageSlug: 'fengxiang',
    createdDaysAgo: 16,
    certificate: cert('QDN-HP-2026-0063', '2026-05-10', '2027-05-09'),
    variants: [v('ONE', '单只', 'Single', 12800, 20, 500)],
    fromArticle: false,
  },
  {
    slug: 'batik-wall-hanging',
    nameZh: '蜡染挂画',
    nameEn: 'Batik Wall Hanging',
    descriptionZh: '以蝴蝶妈妈和枫树为主题的大幅蜡染，配原木挂杆。蓝白两色，适合挂在客厅或茶室。',
    descriptionEn:
      'A large batik of the Butterfly Mother and the maple tree, hung from a natural wood rod. Indigo and white, for a living room or tea room.',
    categorySlug: 'batik',
    cooperativeSlug: 'fengxiang-batik',
    villageSlug: 'fengxiang',
    createdDaysAgo: 100,
    certificate: cert('QDN-HP-2026-0064', '2026-05-10', '2027-05-09'),
    variants: [
      v('60X90', '60×90 厘米', '60 × 90 cm', 26800, 5, 900),
      v('90X150', '90×150 厘米', '90 × 150 cm', 38800, 3, 1500),
    ],
    fromArticle: false,
  },
  {
    slug: 'batik-cushion-cover',
    nameZh: '蜡染抱枕套',
    nameEn: 'Batik Cushion Cover',
    descriptionZh: '用蓝靛蜡染土布缝制，隐形拉链，不含枕芯。多洗几次，蓝色会更柔和。',
    descriptionEn:
      'Sewn from indigo batik cotton with a concealed zip; insert not included. The blue softens with washing.',
    categorySlug: 'batik',
    cooperativeSlug: 'fengxiang-batik',
    villageSlug: 'fengxiang',
    createdDaysAgo: 210,
    certificate: cert('QDN-HP-2025-0131', '2025-09-01', '2026-08-31'),
    variants: [v('45CM', '45×45 厘米', '45 × 45 cm', 6800, 24, 300)],
    fromArticle: false,
  },
  {
    slug: 'hand-drawn-batik-fabric',
    nameZh: '手工蜡染布（按米）',
    nameEn: 'Hand-Drawn Batik Fabric by the Metre',
    descriptionZh: '幅宽约80厘米，纹样随机发货。适合自己动手做包、做衣服。',
    descriptionEn: 'About 80 cm wide; patterns vary and are sent at random. For your own bags and clothes.',
    categorySlug: 'batik',
    cooperativeSlug: 'fengxiang-batik',
    villageSlug: 'fengxiang',
    createdDaysAgo: 75,
    certificate: null,
    variants: [v('1M', '1 米', '1 m', 9800, 40, 300), v('3M', '3 米', '3 m', 26800, 10, 800)],
    fromArticle: false,
  },
  {
    slug: 'miao-embroidery-coin-purse',
    nameZh: '苗绣零钱包',
    nameEn: 'Miao Embroidered Coin Purse',
    descriptionZh: '冷水河社区的绣娘用破线绣绣出花鸟，配金属口金。可以放硬币、耳机和口红。',
    descriptionEn:
      'Birds and flowers in split-thread embroidery by women of the Lengshuihe community, on a metal kiss-lock frame. Holds coins, earbuds or a lipstick.',
    categorySlug: 'embroidery',
    cooperativeSlug: 'lengshuihe-embroidery',
    villageSlug: 'lengshuihe',
    createdDaysAgo: 26,
    certificate: cert('QDN-HP-2026-0071', '2026-06-20', '2027-06-19'),
    variants: [v('ONE', '单只', 'Single', 6800, 35, 120)],
    fromArticle: false,
  },
  {
    slug: 'batik-bookmark-set',
    nameZh: '蜡染书签（四枚装）',
    nameEn: 'Batik Bookmarks, Set of Four',
    descriptionZh: '四枚小幅蜡染，分别是蝴蝶、鱼、鸟和花，背面衬硬卡纸。轻巧的小礼物。',
    descriptionEn:
      'Four small batiks — butterfly, fish, bird and flower — backed with stiff card. A light little gift.',
    categorySlug: 'batik',
    cooperativeSlug: 'lengshuihe-embroidery',
    villageSlug: 'lengshuihe',
    createdDaysAgo: 58,
    certificate: cert('QDN-HP-2026-0072', '2026-06-20', '2027-06-19'),
    variants: [v('SET4', '四枚装', 'Set of four', 3900, 60, 80)],
    fromArticle: false,
  },
  {
    slug: 'miao-embroidery-phone-bag',
    nameZh: '苗绣手机斜挎包',
    nameEn: 'Miao Embroidered Phone Crossbody Bag',
    descriptionZh: '包面为手工苗绣，背带长度可调。每块绣片约需三天才能完成。',
    descriptionEn:
      'A hand-embroidered front panel and an adjustable strap. Each panel takes about three days to stitch.',
    categorySlug: 'embroidery',
    cooperativeSlug: 'lengshuihe-embroidery',
    villageSlug: 'lengshuihe',
    createdDaysAgo: 4,
    certificate: null,
    variants: [v('ONE', '单只', 'Single', 15800, 9, 250)],
    fromArticle: false,
  },
  {
    slug: 'batik-handkerchief',
    nameZh: '蜡染方巾',
    nameEn: 'Batik Handkerchief',
    descriptionZh: '纯棉方巾，边长约45厘米。可作手帕、茶席或包袱布。',
    descriptionEn: 'A cotton square of about 45 cm, for a handkerchief, a tea mat or a wrapping cloth.',
    categorySlug: 'batik',
    cooperativeSlug: 'lengshuihe-embroidery',
    villageSlug: 'lengshuihe',
    createdDaysAgo: 85,
    certificate: cert('QDN-HP-2026-0073', '2026-06-20', '2027-06-19'),
    variants: [v('ONE', '单条', 'Single', 4800, 50, 80), v('SET3', '三条装', 'Set of three', 12800, 15, 200)],
    fromArticle: false,
  },
  {
    slug: 'red-sour-soup',
    nameZh: '红酸汤',
    nameEn: 'Red Sour Soup Base',
    descriptionZh: '番茄和小米辣加盐入坛，自然发酵三个月以上。煮鱼、煮牛肉或涮火锅，酸辣开胃。',
    descriptionEn:
      "Tomatoes and bird's-eye chillies salted in clay jars and left to ferment for three months or more. Tangy and hot for fish, beef or hotpot.",
    categorySlug: 'condiments',
    cooperativeSlug: 'hexiang-family-farm',
    villageSlug: 'yanmen',
    createdDaysAgo: 24,
    certificate: cert('QDN-HP-2026-0081', '2026-02-01', '2027-01-31'),
    variants: [
      v('500G', '500 克', '500 g', 2800, 100, 750),
      v('3X500G', '三瓶装', 'Three jars', 7800, 40, 2200),
    ],
    fromArticle: false,
  },
  {
    slug: 'white-sour-soup',
    nameZh: '白酸汤',
    nameEn: 'White Sour Soup Base',
    descriptionZh: '用米汤发酵而成，酸味柔和，不辣。煮菜汤、做酸汤鱼，老人孩子都能吃。',
    descriptionEn:
      'Fermented from rice water: gently sour and not hot at all. For vegetable soup or sour-soup fish that children and grandparents can enjoy too.',
    categorySlug: 'condiments',
    cooperativeSlug: 'hexiang-family-farm',
    villageSlug: 'yanmen',
    createdDaysAgo: 300,
    certificate: cert('QDN-HP-2024-0207', '2024-11-01', '2025-10-31'),
    variants: [v('1L', '1 升', '1 L', 2600, 45, 1300)],
    fromArticle: false,
  },
  {
    slug: 'fermented-chopped-chilli',
    nameZh: '糟辣椒',
    nameEn: 'Fermented Chopped Chilli',
    descriptionZh: '鲜红辣椒与生姜、大蒜一起剁碎腌制，是贵州菜的灵魂调料。炒鱼香肉丝、炒鸡蛋都少不了它。',
    descriptionEn:
      'Fresh red chillies chopped with ginger and garlic and left to cure: the soul of Guizhou cooking, essential for fish-fragrant pork and scrambled eggs.',
    categorySlug: 'condiments',
    cooperativeSlug: 'hexiang-family-farm',
    villageSlug: 'yanmen',
    createdDaysAgo: 31,
    certificate: cert('QDN-HP-2026-0082', '2026-02-01', '2027-01-31'),
    variants: [v('400G', '400 克', '400 g', 2200, 80, 650)],
    fromArticle: false,
  },
  {
    slug: 'roasted-chilli-dipping-powder',
    nameZh: '糊辣椒面',
    nameEn: 'Roasted Chilli Dipping Powder',
    descriptionZh: '干辣椒在铁锅里焙到焦香，再舂成粗粉。做蘸水、拌凉菜都用得上。',
    descriptionEn:
      'Dried chillies toasted in an iron wok until smoky, then pounded coarse. For dipping sauces and cold dishes.',
    categorySlug: 'condiments',
    cooperativeSlug: 'hexiang-family-farm',
    villageSlug: 'yanmen',
    createdDaysAgo: 65,
    // Runs to the end of this year: still valid on the demo day, about to lapse.
    certificate: cert('QDN-HP-2026-0083', '2026-01-01', '2026-12-31'),
    variants: [v('200G', '200 克', '200 g', 1800, 90, 300), v('500G', '500 克', '500 g', 3900, 40, 650)],
    fromArticle: false,
  },
  {
    slug: 'sour-soup-fish-hotpot-base',
    nameZh: '酸汤鱼火锅底料',
    nameEn: 'Sour-Soup Fish Hotpot Base',
    descriptionZh: '红酸汤配木姜子油和糊辣椒，一袋可煮一千克到一千五百克鱼。袋内附简单做法。',
    descriptionEn:
      'Red sour soup with litsea oil and roasted chilli; one pack cooks 1 to 1.5 kg of fish. Simple instructions inside.',
    categorySlug: 'condiments',
    cooperativeSlug: 'hexiang-family-farm',
    villageSlug: 'yanmen',
    createdDaysAgo: 11,
    certificate: cert('QDN-HP-2026-0084', '2026-02-01', '2027-01-31'),
    variants: [
      v('1PACK', '单袋', 'Single pack', 2800, 120, 450),
      v('4PACKS', '四袋装', 'Four packs', 9800, 35, 1750),
    ],
    fromArticle: false,
  },
  {
    slug: 'huangping-chilli-oil',
    nameZh: '黄平油辣椒',
    nameEn: 'Huangping Chilli Oil',
    descriptionZh: '糊辣椒面、花生碎和芝麻用热菜籽油泼制，香而不燥。拌面、拌粉，一勺就够。',
    descriptionEn:
      'Roasted chilli, crushed peanuts and sesame with hot rapeseed oil poured over: fragrant rather than fiery. One spoonful lifts a bowl of noodles.',
    categorySlug: 'condiments',
    cooperativeSlug: 'hexiang-family-farm',
    villageSlug: 'yanmen',
    createdDaysAgo: 6,
    certificate: null,
    variants: [v('250G', '250 克', '250 g', 2500, 70, 450)],
    fromArticle: false,
  },
  {
    slug: 'taizishen-selected',
    nameZh: '太子参·精选',
    nameEn: 'Taizishen (Pseudostellaria Root), Selected',
    descriptionZh: '太子参是贵州常见的山地药材，民间常用来炖汤。精选粗壮、色泽黄白的参根，去须后晾干。',
    descriptionEn:
      'Taizishen is a familiar upland herb in Guizhou, traditionally simmered in soups. These are plump, pale-yellow roots, trimmed and dried.',
    categorySlug: 'herbs',
    cooperativeSlug: 'yiwanshui-taizishen',
    villageSlug: 'dapo',
    createdDaysAgo: 42,
    certificate: cert('QDN-HP-2026-0091', '2026-07-15', '2027-07-14'),
    variants: [v('250G', '250 克', '250 g', 9800, 40, 400), v('500G', '500 克', '500 g', 17800, 20, 700)],
    fromArticle: false,
  },
  {
    slug: 'taizishen-ungraded',
    nameZh: '太子参·统货',
    nameEn: 'Taizishen, Ungraded',
    descriptionZh: '大小混装、未经分级，价格更实惠。与精选来自同一批参根，只是外观不够整齐。',
    descriptionEn:
      'Mixed sizes, ungraded and easier on the wallet. The same harvest as the selected grade, only less uniform to look at.',
    categorySlug: 'herbs',
    cooperativeSlug: 'yiwanshui-taizishen',
    villageSlug: 'pingshang',
    createdDaysAgo: 95,
    certificate: cert('QDN-HP-2026-0092', '2026-07-15', '2027-07-14'),
    variants: [v('500G', '500 克', '500 g', 11800, 30, 700)],
    fromArticle: false,
  },
  {
    slug: 'taizishen-gift-box',
    nameZh: '太子参礼盒',
    nameEn: 'Taizishen Gift Box',
    descriptionZh: '精选太子参分装三罐，附炖汤食谱卡。送给长辈的一份心意。',
    descriptionEn: 'Selected roots in three tins with a soup recipe card. A thoughtful gift for elders.',
    categorySlug: 'herbs',
    cooperativeSlug: 'yiwanshui-taizishen',
    villageSlug: 'dapo',
    createdDaysAgo: 180,
    certificate: cert('QDN-HP-2025-0146', '2025-07-01', '2026-06-30'),
    variants: [v('GIFT', '礼盒装（3×150 克）', 'Gift box (3 × 150 g)', 22800, 10, 1200)],
    fromArticle: false,
  },
  {
    slug: 'dried-gastrodia-slices',
    nameZh: '天麻片',
    nameEn: 'Dried Gastrodia Slices',
    descriptionZh: '天麻蒸制后切片烘干，片形完整，呈半透明。可以炖汤或煮粥。',
    descriptionEn:
      'Gastrodia tubers steamed, sliced and dried into whole, translucent pieces. Add them to soups or congee.',
    categorySlug: 'herbs',
    cooperativeSlug: 'yiwanshui-taizishen',
    villageSlug: 'pingshang',
    createdDaysAgo: 330,
    certificate: cert('QDN-HP-2024-0188', '2024-01-01', '2025-12-31'),
    variants: [v('100G', '100 克', '100 g', 8800, 15, 200), v('250G', '250 克', '250 g', 19800, 0, 420)],
    fromArticle: false,
  },
  {
    slug: 'huangping-beef-jerky-spicy',
    nameZh: '黄平黄牛肉干·麻辣',
    nameEn: 'Huangping Yellow-Cattle Beef Jerky, Numbing and Spicy',
    descriptionZh: '选用本地黄牛后腿肉，切条卤制后烘干，再裹上花椒和辣椒。肉质有嚼劲，越嚼越香。',
    descriptionEn:
      'Hind-leg meat of local yellow cattle, cut into strips, braised and dried, then coated in Sichuan pepper and chilli. Chewy, and tastier with every bite.',
    categorySlug: 'meat',
    cooperativeSlug: 'wuyanghe-beef',
    villageSlug: 'machang',
    createdDaysAgo: 13,
    certificate: cert('QDN-HP-2026-0101', '2026-02-01', '2027-01-31'),
    variants: [v('200G', '200 克', '200 g', 5800, 85, 300), v('500G', '500 克', '500 g', 13800, 30, 650)],
    fromArticle: false,
  },
  {
    slug: 'huangping-beef-jerky-five-spice',
    nameZh: '黄平黄牛肉干·五香',
    nameEn: 'Huangping Yellow-Cattle Beef Jerky, Five-Spice',
    descriptionZh: '不辣的五香口味，适合老人和孩子。小袋独立包装，方便随身携带。',
    descriptionEn:
      'A mild five-spice flavour for young and old, in individually sealed small packs that travel well.',
    categorySlug: 'meat',
    cooperativeSlug: 'wuyanghe-beef',
    villageSlug: 'machang',
    createdDaysAgo: 140,
    certificate: cert('QDN-HP-2026-0102', '2026-02-01', '2027-01-31', '2026-08-12'),
    variants: [v('200G', '200 克', '200 g', 5800, 60, 300)],
    fromArticle: false,
  },
  {
    slug: 'air-dried-beef',
    nameZh: '风干牛肉',
    nameEn: 'Air-Dried Beef',
    descriptionZh: '整块牛肉腌制后挂在通风处自然风干，食用前蒸熟切片。是黔东南人家冬天待客的一道下酒菜。',
    descriptionEn:
      'Whole cuts cured and hung to dry in the mountain air; steam and slice before serving. A winter dish that Qiandongnan families set out for guests.',
    categorySlug: 'meat',
    cooperativeSlug: 'wuyanghe-beef',
    villageSlug: 'machang',
    createdDaysAgo: 21,
    certificate: cert('QDN-HP-2026-0103', '2026-02-01', '2027-01-31'),
    variants: [v('500G', '500 克', '500 g', 14800, 25, 700)],
    fromArticle: false,
  },
  {
    slug: 'beef-chilli-sauce',
    nameZh: '牛肉辣椒酱',
    nameEn: 'Beef Chilli Sauce',
    descriptionZh: '黄牛肉粒与糊辣椒、豆豉同炒，肉粒看得见。拌饭、夹馒头都好吃。',
    descriptionEn:
      'Diced yellow-cattle beef fried with roasted chilli and fermented black beans, with plenty of meat in every jar. Great on rice or in a steamed bun.',
    categorySlug: 'condiments',
    cooperativeSlug: 'wuyanghe-beef',
    villageSlug: 'machang',
    createdDaysAgo: 52,
    certificate: cert('QDN-HP-2026-0104', '2026-02-01', '2027-01-31'),
    variants: [
      v('210G', '210 克', '210 g', 2600, 110, 400),
      v('3JARS', '三瓶装', 'Three jars', 6800, 45, 1150),
    ],
    fromArticle: false,
  },
  {
    slug: 'langdong-ciba-rice-cakes',
    nameZh: '浪洞糍粑',
    nameEn: 'Langdong Ciba Rice Cakes',
    descriptionZh: '用本村糯米蒸熟后在石臼里舂打，压成圆饼。真空包装，冷藏保存，煎、烤、煮都可以。',
    descriptionEn:
      "The village's glutinous rice, steamed and pounded in a stone mortar, then pressed into rounds. Vacuum-packed; keep chilled, then pan-fry, toast or boil.",
    categorySlug: 'rice',
    cooperativeSlug: 'pingzhai-collective',
    villageSlug: 'pingzhai',
    createdDaysAgo: 17,
    certificate: cert('QDN-HP-2026-0111', '2026-09-01', '2027-08-31'),
    variants: [v('1KG', '1 千克', '1 kg', 3600, 50, 1200)],
    fromArticle: false,
  },
  {
    slug: 'langdong-smoked-pork',
    nameZh: '浪洞腊肉',
    nameEn: 'Langdong Smoked Pork',
    descriptionZh: '农户散养的土猪肉，冬至后腌制，用柴火和柏树枝慢慢熏干。吃前洗净，蒸熟切片。',
    descriptionEn:
      'Free-range pork from village households, cured after the winter solstice and slowly smoked over firewood and cypress. Wash, steam and slice before eating.',
    categorySlug: 'meat',
    cooperativeSlug: 'pingzhai-collective',
    villageSlug: 'pingzhai',
    createdDaysAgo: 240,
    certificate: cert('QDN-HP-2025-0097', '2025-04-01', '2026-03-31'),
    variants: [v('1KG', '1 千克', '1 kg', 12800, 20, 1200)],
    fromArticle: false,
  },
  {
    slug: 'dried-mountain-bamboo-shoots',
    nameZh: '山间干笋',
    nameEn: 'Dried Mountain Bamboo Shoots',
    descriptionZh: '春天采挖的竹笋煮熟后晒干，泡发后和腊肉一起炖最香。每年量少，售完即止。',
    descriptionEn:
      'Spring shoots boiled and sun-dried; soak them and simmer with smoked pork. Small batches, sold until gone.',
    categorySlug: 'dried-goods',
    cooperativeSlug: 'pingzhai-collective',
    villageSlug: 'pingzhai',
    createdDaysAgo: 110,
    certificate: null,
    variants: [v('250G', '250 克', '250 g', 4800, 30, 350)],
    fromArticle: false,
  },
  {
    slug: 'dried-bracken-fern',
    nameZh: '干蕨菜',
    nameEn: 'Dried Bracken Fern',
    descriptionZh: '山上采来的嫩蕨菜焯水后晒干。泡发后可以凉拌，也可以炒腊肉。',
    descriptionEn:
      'Young bracken fronds from the hills, blanched and sun-dried. Soak, then dress them cold or stir-fry with smoked pork.',
    categorySlug: 'dried-goods',
    cooperativeSlug: 'pingzhai-collective',
    villageSlug: 'pingzhai',
    createdDaysAgo: 63,
    certificate: cert('QDN-HP-2026-0112', '2026-09-01', '2027-08-31'),
    variants: [v('200G', '200 克', '200 g', 3800, 40, 300)],
    fromArticle: false,
  },
  // A pending seller: listed, not yet certified.
  {
    slug: 'pingxi-cloud-mist-green-tea',
    nameZh: '平溪高山云雾绿茶',
    nameEn: 'Pingxi Highland Cloud-Mist Green Tea',
    descriptionZh: '高坪村的茶园海拔一千米以上，常年云雾缭绕。条索紧细，滋味清甜。',
    descriptionEn:
      'The Gaoping gardens sit above 1,000 m, wrapped in mist much of the year. Tight, slender leaves with a clean, sweet taste.',
    categorySlug: 'tea',
    cooperativeSlug: 'pingxi-cloud-tea',
    villageSlug: 'gaoping',
    createdDaysAgo: 0,
    certificate: null,
    variants: [v('100G', '100 克', '100 g', 7800, 50, 220), v('250G', '250 克', '250 g', 17800, 20, 420)],
    fromArticle: false,
  },
  {
    slug: 'pingxi-maofeng',
    nameZh: '平溪毛峰',
    nameEn: 'Pingxi Maofeng Green Tea',
    descriptionZh: '一芽一叶初展，芽叶肥壮，白毫显露，香气高扬。宜用85℃左右的水冲泡。',
    descriptionEn:
      'One bud and one opening leaf, plump and downy, with a lifted aroma. Brew with water at about 85 °C.',
    categorySlug: 'tea',
    cooperativeSlug: 'pingxi-cloud-tea',
    villageSlug: 'gaoping',
    createdDaysAgo: 23,
    certificate: null,
    variants: [v('100G', '100 克', '100 g', 9800, 30, 220)],
    fromArticle: false,
  },
  // A suspended seller: its certificates were revoked on the day of suspension.
  {
    slug: 'zhifang-log-grown-black-fungus',
    nameZh: '纸房段木黑木耳',
    nameEn: 'Zhifang Log-Grown Black Fungus',
    descriptionZh: '在青冈木段上自然生长的黑木耳，朵小肉厚，泡发率高。凉拌、炒肉都爽脆。',
    descriptionEn:
      'Black fungus grown naturally on oak logs: small, thick ears that swell well when soaked. Crunchy in cold dishes or stir-fries.',
    categorySlug: 'fungi',
    cooperativeSlug: 'zhifang-log-fungi',
    villageSlug: 'zhuyuan',
    createdDaysAgo: 160,
    certificate: cert('QDN-HP-2026-0121', '2026-01-10', '2027-01-09', '2026-10-08'),
    variants: [v('250G', '250 克', '250 g', 6800, 35, 400)],
    fromArticle: false,
  },
  {
    slug: 'zhifang-log-grown-shiitake',
    nameZh: '纸房段木香菇',
    nameEn: 'Zhifang Log-Grown Dried Shiitake',
    descriptionZh: '段木香菇生长慢，菌肉厚，晒干后香气浓郁。泡香菇的水可以留着炖汤。',
    descriptionEn:
      'Shiitake grown slowly on logs, thick-fleshed and intensely aromatic once dried. Keep the soaking water for stock.',
    categorySlug: 'fungi',
    cooperativeSlug: 'zhifang-log-fungi',
    villageSlug: 'zhuyuan',
    createdDaysAgo: 170,
    certificate: cert('QDN-HP-2026-0122', '2026-01-10', '2027-01-09', '2026-10-08'),
    variants: [v('250G', '250 克', '250 g', 7800, 25, 400), v('500G', '500 克', '500 g', 14800, 10, 700)],
    fromArticle: false,
  },
];

// ---------------------------------------------------------------- reported figures

const PERIOD_START: IsoDate = '2018-01-01';
const PERIOD_END: IsoDate = '2020-06-30';
const CUMULATIVE_NOTE_ZH =
  '原文成绩单标注“2018年—至今”。考察时间为6月8日—11日，正是黄平县“今年3月”退出贫困县序列的那一年，即2020年，故截止日期推定为2020年6月30日。该期间为推断，可以修改。';
const CUMULATIVE_NOTE_EN =
  'The article\'s scorecard says "2018 to date". The visit was on 8–11 June of the year Huangping left the list of poor counties ("this March"), i.e. 2020, so the end is inferred as 30 June 2020. The period is an inference and can be edited.';
const YEARLY_NOTE_ZH =
  '年度数据：报道给出的是每年的数额，按2020年6月考察时的情况记录；起止日期沿用成绩单期间，同为推断，可以修改。';
const YEARLY_NOTE_EN =
  'A yearly figure: the article gives an amount per year as it stood at the June 2020 visit. The start and end dates follow the scorecard period and are likewise inferred, so they can be edited.';
const PAIRING_NOTE_ZH =
  '拱墅区16家企业、24所中小学、4个社区卫生服务中心、64个社会组织与黄平县81个深度贫困村、73所中小学、11个乡镇卫生院通过“一对多”或“一对一”方式实现结对帮扶全覆盖。';
const PAIRING_NOTE_EN =
  "Gongshu's 16 companies, 24 schools, 4 community health centres and 64 social organisations are paired one-to-many or one-to-one with Huangping's 81 deeply poor villages, 73 schools and 11 township hospitals, covering them all.";
const FUNGI_NOTE_ZH =
  '浪洞镇东西部扶贫协作食用菌产业园按2000万元投资额每年8%固定分红，带动11个行政村贫困户970户3145人。';
const FUNGI_NOTE_EN =
  'The Langdong fungi park pays a fixed 8 % a year on 20 million yuan invested, shared by 970 registered poor households (3,145 people) in 11 villages.';

type IndicatorRow = Omit<
  DemoIndicator,
  'periodStart' | 'periodEnd' | 'periodNoteZh' | 'periodNoteEn' | 'source' | 'sortOrder'
>;

const cumulative = (row: Omit<IndicatorRow, 'basis'>): IndicatorRow => ({ ...row, basis: 'cumulative' });
const yearly = (row: Omit<IndicatorRow, 'basis'>): IndicatorRow => ({ ...row, basis: 'per_year' });

const INDICATOR_ROWS: readonly IndicatorRow[] = [
  cumulative({
    key: 'aid_sales_fen',
    labelZh: '累计帮助销售农特产品金额',
    labelEn: 'Local specialty products sold with the district’s help',
    value: 5_207_390_000,
    unit: 'fen',
    noteZh:
      '原文为5207.39万元，销售渠道包括拱墅区“凤凰上山”名特优农产品展示展销中心和水晶城“苗银世家生活馆”。',
    noteEn:
      'Reported as 52.0739 million yuan; channels include the Gongshu "Fenghuang Shangshan" exhibition and sales centre and the 苗银世家生活馆 (Miao Silver House) shop at Shuijingcheng.',
  }),
  cumulative({
    key: 'households_lifted',
    labelZh: '直接带动建档立卡贫困户脱贫',
    labelEn: 'Registered poor lifted out of poverty directly by those sales',
    value: 1742,
    unit: 'count',
    noteZh: '原文为“直接带动1742名建档立卡贫困户脱贫”，量词为“名”。',
    noteEn:
      'The article says "1,742 registered poor"; its measure word 名 may count persons rather than households.',
  }),
  cumulative({
    key: 'aid_funds_fen',
    labelZh: '拱墅区落实帮扶资金',
    labelEn: 'Aid funds committed by Gongshu',
    value: 12_500_000_000,
    unit: 'fen',
    noteZh: '原文为1.25亿元，实施帮扶项目35个。',
    noteEn: 'Reported as 125 million yuan, for 35 projects.',
  }),
  cumulative({
    key: 'aid_projects',
    labelZh: '实施帮扶项目',
    labelEn: 'Aid projects carried out',
    value: 35,
    unit: 'projects',
    noteZh: null,
    noteEn: null,
  }),
  cumulative({
    key: 'industry_projects',
    labelZh: '其中产业扶贫项目',
    labelEn: 'Of which industry projects',
    value: 28,
    unit: 'projects',
    noteZh: null,
    noteEn: null,
  }),
  cumulative({
    key: 'industry_funds_fen',
    labelZh: '产业扶贫项目帮扶资金',
    labelEn: 'Aid funds for industry projects',
    value: 11_900_000_000,
    unit: 'fen',
    noteZh: '原文为1.19亿元。',
    noteEn: 'Reported as 119 million yuan.',
  }),
  cumulative({
    key: 'industry_funds_share_percent',
    labelZh: '产业项目资金占帮扶资金总额比例',
    labelEn: 'Share of aid funds going to industry projects',
    value: 95.33,
    unit: 'percent',
    noteZh: '原文数值。用取整后的1.19亿元÷1.25亿元计算为95.2%，差异来自公布金额的取整。',
    noteEn:
      'As reported. Dividing the rounded 119 by 125 million gives 95.2 %; the gap comes from rounding the published amounts.',
  }),
  cumulative({
    key: 'zhejiang_companies',
    labelZh: '落户黄平的浙商企业',
    labelEn: 'Zhejiang companies settled in Huangping',
    value: 12,
    unit: 'count',
    noteZh: '包括浙江尖峰、富春控股等。',
    noteEn: 'Including Zhejiang Jianfeng and Fuchun Holdings.',
  }),
  cumulative({
    key: 'zhejiang_investment_fen',
    labelZh: '浙商企业实际到位资金',
    labelEn: 'Investment in place from Zhejiang companies',
    value: 42_700_000_000,
    unit: 'fen',
    noteZh: '原文为4.27亿元。',
    noteEn: 'Reported as 427 million yuan.',
  }),
  cumulative({
    key: 'job_fairs',
    labelZh: '“拱墅—黄平”劳务协作专场招聘会',
    labelEn: 'Gongshu–Huangping labour cooperation job fairs',
    value: 6,
    unit: 'count',
    noteZh: '由两地人社部门牵头举办。',
    noteEn: 'Organised by the two human resources and social security bureaus.',
  }),
  cumulative({
    key: 'jobs_offered',
    labelZh: '提供就业岗位',
    labelEn: 'Jobs offered',
    value: 20_000,
    unit: 'count',
    noteZh: '原文为“2万余个”，此处取下限。',
    noteEn: 'Reported as "over 20,000"; the lower bound is kept.',
  }),
  cumulative({
    key: 'poor_workers_sent_to_hangzhou',
    labelZh: '输出到杭州的贫困劳动力',
    labelEn: 'Poor workers placed in Hangzhou',
    value: 684,
    unit: 'people',
    noteZh: null,
    noteEn: null,
  }),
  cumulative({
    key: 'huangping_poor_employed_in_hangzhou',
    labelZh: '在杭黄平籍贫困劳动力实现就业',
    labelEn: 'Poor workers from Huangping employed in Hangzhou',
    value: 1559,
    unit: 'people',
    noteZh: '报道时的在岗人数。',
    noteEn: 'In work at the time of the report.',
  }),
  cumulative({
    key: 'qiandongnan_poor_employed_in_gongshu',
    labelZh: '黔东南籍贫困户在拱墅实现就业',
    labelEn: 'Poor workers from Qiandongnan employed in Gongshu',
    value: 2357,
    unit: 'people',
    noteZh: '报道时的在岗人数。',
    noteEn: 'In work at the time of the report.',
  }),
  cumulative({
    key: 'donations_fen',
    labelZh: '拱墅区各界爱心捐款（物）',
    labelEn: 'Donations of money and goods from Gongshu',
    value: 1_611_920_000,
    unit: 'fen',
    noteZh: '原文为1611.92万元。',
    noteEn: 'Reported as 16.1192 million yuan.',
  }),
  cumulative({
    key: 'paired_gongshu_companies',
    labelZh: '参与结对帮扶的拱墅区企业',
    labelEn: 'Gongshu companies in pairings',
    value: 16,
    unit: 'count',
    noteZh: PAIRING_NOTE_ZH,
    noteEn: PAIRING_NOTE_EN,
  }),
  cumulative({
    key: 'paired_gongshu_schools',
    labelZh: '参与结对帮扶的拱墅区中小学',
    labelEn: 'Gongshu schools in pairings',
    value: 24,
    unit: 'count',
    noteZh: PAIRING_NOTE_ZH,
    noteEn: PAIRING_NOTE_EN,
  }),
  cumulative({
    key: 'paired_gongshu_health_centres',
    labelZh: '参与结对帮扶的拱墅区社区卫生服务中心',
    labelEn: 'Gongshu community health centres in pairings',
    value: 4,
    unit: 'count',
    noteZh: PAIRING_NOTE_ZH,
    noteEn: PAIRING_NOTE_EN,
  }),
  cumulative({
    key: 'paired_gongshu_social_organisations',
    labelZh: '参与结对帮扶的拱墅区社会组织',
    labelEn: 'Gongshu social organisations in pairings',
    value: 64,
    unit: 'count',
    noteZh: PAIRING_NOTE_ZH,
    noteEn: PAIRING_NOTE_EN,
  }),
  cumulative({
    key: 'paired_huangping_poor_villages',
    labelZh: '结对覆盖的黄平县深度贫困村',
    labelEn: 'Deeply poor villages in Huangping covered by pairings',
    value: 81,
    unit: 'count',
    noteZh: PAIRING_NOTE_ZH,
    noteEn: PAIRING_NOTE_EN,
  }),
  cumulative({
    key: 'paired_huangping_schools',
    labelZh: '结对覆盖的黄平县中小学',
    labelEn: 'Huangping schools covered by pairings',
    value: 73,
    unit: 'count',
    noteZh: PAIRING_NOTE_ZH,
    noteEn: PAIRING_NOTE_EN,
  }),
  cumulative({
    key: 'paired_huangping_township_hospitals',
    labelZh: '结对覆盖的黄平县乡镇卫生院',
    labelEn: 'Huangping township hospitals covered by pairings',
    value: 11,
    unit: 'count',
    noteZh: PAIRING_NOTE_ZH,
    noteEn: PAIRING_NOTE_EN,
  }),
  cumulative({
    key: 'cadres_exchanged',
    labelZh: '两地互派党政干部',
    labelEn: 'Party and government cadres exchanged',
    value: 40,
    unit: 'people',
    noteZh: null,
    noteEn: null,
  }),
  cumulative({
    key: 'professionals_exchanged',
    labelZh: '两地互派专业技术人才',
    labelEn: 'Technical professionals exchanged',
    value: 121,
    unit: 'people',
    noteZh: null,
    noteEn: null,
  }),
  yearly({
    key: 'fungi_park_investment_fen',
    labelZh: '食用菌产业园分红计算基数（投资额）',
    labelEn: 'Fungi park investment on which the dividend is paid',
    value: 2_000_000_000,
    unit: 'fen',
    noteZh: `原文为2000万元。${FUNGI_NOTE_ZH}`,
    noteEn: `Reported as 20 million yuan. ${FUNGI_NOTE_EN}`,
  }),
  yearly({
    key: 'fungi_park_dividend_rate_percent',
    labelZh: '食用菌产业园固定分红比例（每年）',
    labelEn: 'Fungi park fixed dividend rate (per year)',
    value: 8,
    unit: 'percent',
    noteZh: FUNGI_NOTE_ZH,
    noteEn: FUNGI_NOTE_EN,
  }),
  yearly({
    key: 'fungi_park_households',
    labelZh: '食用菌产业园分红带动贫困户',
    labelEn: 'Registered poor households sharing the fungi park dividend',
    value: 970,
    unit: 'count',
    noteZh: FUNGI_NOTE_ZH,
    noteEn: FUNGI_NOTE_EN,
  }),
  yearly({
    key: 'fungi_park_people',
    labelZh: '食用菌产业园分红带动人数',
    labelEn: 'People sharing the fungi park dividend',
    value: 3145,
    unit: 'people',
    noteZh: FUNGI_NOTE_ZH,
    noteEn: FUNGI_NOTE_EN,
  }),
  yearly({
    key: 'fungi_park_villages',
    labelZh: '食用菌产业园分红覆盖的浪洞镇行政村',
    labelEn: 'Villages of Langdong Town reached by the fungi park dividend',
    value: 11,
    unit: 'count',
    noteZh: FUNGI_NOTE_ZH,
    noteEn: FUNGI_NOTE_EN,
  }),
  yearly({
    key: 'fungi_park_dividend_per_person_fen',
    labelZh: '食用菌产业园分红年人均增收',
    labelEn: 'Fungi park dividend per person per year',
    value: 50_000,
    unit: 'fen',
    noteZh: '原文为“年人均增收500元以上”，此处取下限；按2000万元×8%÷3145人计算为508.74元。',
    noteEn:
      'Reported as "over 500 yuan"; the lower bound is kept. 20 million yuan × 8 % ÷ 3,145 people gives 508.74 yuan.',
  }),
  yearly({
    key: 'fungi_park_greenhouses',
    labelZh: '食用菌产业园智能化栽培大棚',
    labelEn: 'Smart greenhouses in the fungi park',
    value: 42,
    unit: 'count',
    noteZh: '50万棒鸡枞菌和20万棒猪肚菇已出菇。',
    noteEn: '500,000 bags of termite mushroom and 200,000 bags of Pleurotus giganteus were fruiting.',
  }),
  yearly({
    key: 'fungi_park_annual_output_fen',
    labelZh: '食用菌产业园两种菌类年产值',
    labelEn: 'Yearly output value of the fungi park’s two mushrooms',
    value: 2_997_500_000,
    unit: 'fen',
    noteZh: '原文为2997.5万元。',
    noteEn: 'Reported as 29.975 million yuan.',
  }),
  yearly({
    key: 'lengshuihe_dividend_per_person_fen',
    labelZh: '冷水河易地扶贫搬迁社区贫困户人均年分红',
    labelEn: 'Lengshuihe relocation community dividend per poor person per year',
    value: 50_000,
    unit: 'fen',
    noteZh: '旧州镇冷水河社区，贫困户每人每年500元分红。',
    noteEn: 'Lengshuihe community, Jiuzhou Town: 500 yuan per poor person per year.',
  }),
];

export const DEMO_REPORTED_INDICATORS: readonly DemoIndicator[] = INDICATOR_ROWS.map((row, index) => ({
  ...row,
  periodStart: PERIOD_START,
  periodEnd: PERIOD_END,
  periodNoteZh: row.basis === 'cumulative' ? CUMULATIVE_NOTE_ZH : YEARLY_NOTE_ZH,
  periodNoteEn: row.basis === 'cumulative' ? CUMULATIVE_NOTE_EN : YEARLY_NOTE_EN,
  source: DEMO_ARTICLE_TITLE,
  sortOrder: (index + 1) * 10,
}));
