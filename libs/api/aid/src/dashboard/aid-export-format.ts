import { formatFen } from '@shanhai/shared/domain';
import type {
  AidBreakdownRow,
  AidChannel,
  AidEntryDto,
  AidEntryKind,
  AidView,
  LocalizedText,
} from '@shanhai/shared/contracts';

/** How a column is written: text, a whole number, or an amount of fen shown in yuan. */
export type ColumnType = 'text' | 'integer' | 'yuan';

export interface ExportColumn<T> {
  /** bilingual, Chinese first: officials read Chinese, the cooperation office works in both */
  header: string;
  type: ColumnType;
  value: (row: T) => string | number | null;
  width?: number;
}

/** Labels of the channels and kinds in exported files, which have no web bundle to name them. */
export const CHANNEL_LABELS: Record<AidChannel, LocalizedText> = {
  online: { zh: '线上', en: 'Online' },
  exhibition_centre: { zh: '展示展销中心', en: 'Exhibition and sales centre' },
  miao_silver_shop: { zh: '苗银世家生活馆', en: 'Miao silver shop' },
  institutional: { zh: '单位采购', en: 'Institutional purchase' },
  reported: { zh: '报告数', en: 'Reported' },
};

export const KIND_LABELS: Record<AidEntryKind, LocalizedText> = {
  sale: { zh: '销售', en: 'Sale' },
  refund: { zh: '退款', en: 'Refund' },
  offline_sale: { zh: '线下销售', en: 'Offline sale' },
  opening_balance: { zh: '期初报告数', en: 'Opening balance' },
  adjustment: { zh: '调整', en: 'Adjustment' },
};

/**
 * Fen as a plain decimal of yuan, "-1234.05": exact (integer arithmetic in formatFen), without
 * the currency sign or thousands separators that would turn a CSV number into text.
 */
export function yuanText(fen: number): string {
  return formatFen(fen, { symbol: false }).replace(/,/g, '');
}

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP):
// free text such as a reason or a name is prefixed with an apostrophe so it stays text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  let text = type === 'yuan' ? yuanText(Number(value)) : String(value);
  if (type === 'text' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine<T>(columns: readonly ExportColumn<T>[], row: T): string {
  return `${columns.map((c) => csvField(c.value(row), c.type)).join(',')}\r\n`;
}

export function csvHeader<T>(columns: readonly ExportColumn<T>[]): string {
  return `${columns.map((c) => csvField(c.header, 'text')).join(',')}\r\n`;
}

/** A byte-order mark first, so Excel opens the UTF-8 file as UTF-8 and the Chinese reads right. */
export const CSV_BOM = '\uFEFF';

const bilingual = (label: LocalizedText | undefined): string | null =>
  label ? `${label.zh} / ${label.en}` : null;

const KEY_HEADERS: Record<Exclude<AidView, 'entries'>, string> = {
  period: '期间 Period',
  channel: '渠道 Channel',
  category: '品类 Category',
  township: '乡镇 Township',
  village: '村 Village',
  cooperative: '合作社 Cooperative',
};

const SUM_COLUMNS: ExportColumn<AidBreakdownRow>[] = [
  { header: '金额（元） Amount (yuan)', type: 'yuan', value: (r) => r.amountFen, width: 18 },
  { header: '数量 Quantity', type: 'integer', value: (r) => r.quantity, width: 12 },
  { header: '笔数 Entries', type: 'integer', value: (r) => r.entries, width: 12 },
];

/** Columns of a breakdown view: its key, its names in both languages (not for periods), its sums. */
export function breakdownColumns(view: Exclude<AidView, 'entries'>): ExportColumn<AidBreakdownRow>[] {
  const key: ExportColumn<AidBreakdownRow> = {
    header: KEY_HEADERS[view],
    type: 'text',
    value: (r) => r.key,
    width: 24,
  };
  if (view === 'period') return [key, ...SUM_COLUMNS];
  const name = (r: AidBreakdownRow): LocalizedText | null =>
    view === 'channel' ? (CHANNEL_LABELS[r.key as AidChannel] ?? null) : r.name;
  return [
    key,
    { header: '中文名称 Name (Chinese)', type: 'text', value: (r) => name(r)?.zh ?? null, width: 28 },
    { header: '英文名称 Name (English)', type: 'text', value: (r) => name(r)?.en ?? null, width: 32 },
    ...SUM_COLUMNS,
  ];
}

/** Columns of the entries view: one line per ledger entry. */
export const ENTRY_COLUMNS: ExportColumn<AidEntryDto>[] = [
  { header: '编号 ID', type: 'text', value: (e) => e.id, width: 10 },
  { header: '日期 Date', type: 'text', value: (e) => e.occurredOn, width: 12 },
  { header: '期间 Period', type: 'text', value: (e) => e.period, width: 10 },
  { header: '类型 Kind', type: 'text', value: (e) => bilingual(KIND_LABELS[e.kind]), width: 20 },
  { header: '渠道 Channel', type: 'text', value: (e) => bilingual(CHANNEL_LABELS[e.channel]), width: 24 },
  { header: '合作社 Cooperative', type: 'text', value: (e) => e.cooperativeName?.zh ?? null, width: 28 },
  {
    header: '合作社（英文） Cooperative (English)',
    type: 'text',
    value: (e) => e.cooperativeName?.en ?? null,
    width: 32,
  },
  { header: '乡镇 Township', type: 'text', value: (e) => e.townshipSlug, width: 16 },
  { header: '村 Village', type: 'text', value: (e) => e.villageSlug, width: 16 },
  { header: '品类 Category', type: 'text', value: (e) => e.categorySlug, width: 16 },
  { header: '商品 Product', type: 'text', value: (e) => e.productId, width: 38 },
  { header: '数量 Quantity', type: 'integer', value: (e) => e.quantity, width: 10 },
  { header: '金额（元） Amount (yuan)', type: 'yuan', value: (e) => e.amountFen, width: 16 },
  { header: '来源 Source', type: 'text', value: (e) => e.sourceRef, width: 40 },
  { header: '原因 Reason', type: 'text', value: (e) => e.reason, width: 40 },
  { header: '录入时间 Recorded at', type: 'text', value: (e) => e.createdAt, width: 26 },
];

/** `aid-<view>-<from>-<to>.<format>`; an open end of the range reads "all". */
export function exportFileName(
  view: AidView,
  from: string | undefined,
  to: string | undefined,
  format: 'csv' | 'xlsx',
): string {
  return `aid-${view}-${from ?? 'all'}-${to ?? 'all'}.${format}`;
}
