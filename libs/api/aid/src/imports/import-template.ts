import { AidImportColumns, type AidImportColumnKey, type AidImportTemplateFormat } from '@shanhai/shared/contracts';
import ExcelJS from 'exceljs';

/** The example row of the template, from the data so it names a real cooperative and category. */
export interface TemplateExample {
  date: string;
  cooperative: string;
  category: string;
  product: string;
  quantity: number;
  amountYuan: string;
  reference: string;
}

export interface TemplateFile {
  bytes: Buffer;
  contentType: string;
  /** the Content-Disposition header: an ASCII name and the Chinese one (RFC 5987 / 6266) */
  disposition: string;
}

const NAME_ZH = '消费帮扶线下销售导入模板';
const NAME_ASCII = 'aid-offline-sales-template';

/** What each column takes, in English, for the workbook's header notes. */
const RULES: Record<AidImportColumnKey, string> = {
  date: 'Sale date, YYYY-MM-DD (or an Excel date); not in the future or in a closed month',
  cooperative: "The cooperative's slug or its unified social credit code (18 characters)",
  category: 'Optional: a category slug or its Chinese name',
  product: 'Optional: what was sold, free text',
  quantity: 'Units sold: a positive whole number',
  amount: 'Amount in yuan with at most two decimals, e.g. 1280.50',
  reference: "The shop's receipt or line number: unique within the channel",
};

/** `attachment` with a plain ASCII name for old clients and the UTF-8 name as filename*. */
export function attachment(asciiName: string, utf8Name: string): string {
  const encoded = encodeURIComponent(utf8Name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encoded}`;
}

/** One CSV field, quoted when it holds a delimiter, a quote or a line break. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function exampleValues(e: TemplateExample): Record<AidImportColumnKey, string> {
  return {
    date: e.date,
    cooperative: e.cooperative,
    category: e.category,
    product: e.product,
    quantity: String(e.quantity),
    amount: e.amountYuan,
    reference: e.reference,
  };
}

/** The CSV template: UTF-8 with a BOM (so Excel opens it as UTF-8), CRLF lines, header and one example. */
export function csvTemplate(example: TemplateExample): TemplateFile {
  const values = exampleValues(example);
  const lines = [AidImportColumns.map((c) => csvField(c.zh)), AidImportColumns.map((c) => csvField(values[c.key]))];
  const text = `\ufeff${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
  return { bytes: Buffer.from(text, 'utf8'), contentType: 'text/csv; charset=utf-8', disposition: attachment(`${NAME_ASCII}.csv`, `${NAME_ZH}.csv`) };
}

/** The XLSX template: the Chinese headers with the English name and rule as a note, and one example row. */
export async function xlsxTemplate(example: TemplateExample): Promise<TemplateFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Shanhai Market 山海集市';
  const sheet = workbook.addWorksheet('线下销售', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = AidImportColumns.map((c) => ({ header: c.zh, key: c.key, width: c.key === 'cooperative' || c.key === 'product' ? 28 : 16 }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  AidImportColumns.forEach((c, i) => {
    header.getCell(i + 1).note = `${c.en}: ${RULES[c.key]}`;
  });
  const [y, m, d] = example.date.split('-').map(Number);
  const row = sheet.addRow({
    date: new Date(Date.UTC(y, m - 1, d)),
    cooperative: example.cooperative,
    category: example.category,
    product: example.product,
    quantity: example.quantity,
    amount: Number(example.amountYuan),
    reference: example.reference,
  });
  row.getCell('date').numFmt = 'yyyy-mm-dd';
  row.getCell('quantity').numFmt = '0';
  row.getCell('amount').numFmt = '0.00';
  sheet.getColumn('reference').numFmt = '@';
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    bytes,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    disposition: attachment(`${NAME_ASCII}.xlsx`, `${NAME_ZH}.xlsx`),
  };
}

export const buildTemplate = (format: AidImportTemplateFormat, example: TemplateExample): Promise<TemplateFile> =>
  format === 'xlsx' ? xlsxTemplate(example) : Promise.resolve(csvTemplate(example));
