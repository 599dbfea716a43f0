import ExcelJS from 'exceljs';
import { cleanFileName, estimateCsvRows, sniffImportFile } from './import-file';
import { csvRows, excelCell, sniffDelimiter, xlsxRows, type SheetRow } from './import-reader';
import { attachment, csvTemplate, xlsxTemplate } from './import-template';

// "销售日期,数量\r\n" in GBK, byte by byte (销 CFFA 售 CADB 日 C8D5 期 C6DA 数 CAFD 量 C1BF)
const GBK_HEADER = Buffer.from([0xcf, 0xfa, 0xca, 0xdb, 0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xca, 0xfd, 0xc1, 0xbf, 0x0d, 0x0a]);

async function all(rows: AsyncGenerator<SheetRow>): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe('sniffImportFile', () => {
  it('tells UTF-8 CSV, GBK CSV and XLSX apart by their bytes', async () => {
    expect(sniffImportFile(Buffer.from('\ufeff销售日期,数量\r\n2026-11-05,1\r\n'))).toEqual({ ok: true, format: 'csv', encoding: 'utf-8' });
    expect(sniffImportFile(Buffer.from('date,quantity\n'))).toEqual({ ok: true, format: 'csv', encoding: 'utf-8' });
    expect(sniffImportFile(GBK_HEADER)).toEqual({ ok: true, format: 'csv', encoding: 'gb18030' });
    const xlsx = await xlsxTemplate({ date: '2026-11-05', cooperative: 'x', category: '', product: '', quantity: 1, amountYuan: '1.00', reference: 'r' });
    expect(sniffImportFile(xlsx.bytes)).toEqual({ ok: true, format: 'xlsx', encoding: 'xlsx' });
  });

  it('refuses what is not a CSV or an XLSX, saying what it is', () => {
    expect(sniffImportFile(Buffer.alloc(0))).toEqual({ ok: false, reason: 'empty', message: 'The file is empty.' });
    const refused = (bytes: Buffer) => {
      const kind = sniffImportFile(bytes);
      return kind.ok ? null : kind.message;
    };
    expect(refused(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toMatch(/^This is a PDF document, not a spreadsheet\. Upload a CSV file/);
    expect(refused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatch(/PNG image/);
    expect(refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/old Excel \.xls/);
    expect(refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...Buffer.from('word/document.xml')]))).toMatch(/ZIP archive but not an Excel workbook/);
    expect(refused(Buffer.from([0xff, 0xfe, 0x00, 0x95]))).toMatch(/UTF-16/);
    expect(refused(Buffer.from([0x61, 0x2c, 0x00, 0x01, 0x02]))).toMatch(/not a text file/);
    // 0xFF is neither UTF-8 nor GBK
    expect(refused(Buffer.from([0x61, 0x2c, 0xff, 0x0a]))).toMatch(/neither UTF-8 nor GBK/);
  });

  it('estimates data rows from line breaks and cleans file names', () => {
    expect(estimateCsvRows(Buffer.from('h\n1\n2\n'))).toBe(2);
    expect(estimateCsvRows(Buffer.from('h\r\n1\r\n2'))).toBe(2);
    expect(estimateCsvRows(Buffer.from('h'))).toBe(0);
    expect(cleanFileName('C:\\Users\\店长\\11月销售.csv')).toBe('11月销售.csv');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\nc.csv')).toBe('abc.csv');
    expect(cleanFileName(undefined)).toBe('upload');
  });
});

describe('reading rows', () => {
  it('reads a UTF-8 CSV with a BOM, quoted fields over several lines and blank lines, keeping each row on its starting line', async () => {
    const csv = Buffer.from('\ufeff销售日期,商品\r\n2026-11-05,"鸡枞菌\r\n500 克"\r\n\r\n2026-11-06,"say ""hi"""\r\n');
    expect(await all(csvRows(csv, 'utf-8'))).toEqual([
      { line: 1, cells: ['销售日期', '商品'] },
      { line: 2, cells: ['2026-11-05', '鸡枞菌\r\n500 克'] },
      { line: 4, cells: [''] },
      { line: 5, cells: ['2026-11-06', 'say "hi"'] },
    ]);
  });

  it('decodes GBK and finds the delimiter of the header line', async () => {
    expect(await all(csvRows(GBK_HEADER, 'gb18030'))).toEqual([{ line: 1, cells: ['销售日期', '数量'] }]);
    expect(sniffDelimiter(Buffer.from('a\tb\tc\n1,2\t3'))).toBe('\t');
    expect(sniffDelimiter(Buffer.from('a;b;c'))).toBe(';');
    expect(sniffDelimiter(Buffer.from('abc'))).toBe(',');
    // a character whose three bytes straddle the first 64 KiB chunk (bytes 65535 to 65537) still decodes
    const long = Buffer.from(`商品\n${'x'.repeat(65_528)}鸡\n`);
    expect(long.indexOf(Buffer.from('鸡'))).toBe(65_535);
    const rows = await all(csvRows(long, 'utf-8'));
    expect(rows[1].cells).toEqual([`${'x'.repeat(65_528)}鸡`]);
  });

  it('refuses a CSV whose quote never closes, with the line', async () => {
    await expect(all(csvRows(Buffer.from('a,b\n1,2\n3,"open\n4,5\n'), 'utf-8'))).rejects.toMatchObject({
      message: 'the file is not valid CSV: Quote Not Closed: the parsing is finished with an opening quote at line 4',
      line: 4,
    });
  });

  it('reads the first worksheet of an XLSX with dates as dates and numbers as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet('销售');
    first.addRow(['销售日期', '金额（元）', '单据号', '数量']);
    const r = first.addRow([new Date(Date.UTC(2026, 10, 5)), 1280.5, { richText: [{ text: 'ZX-' }, { text: '1' }] }, { formula: '1+1', result: 2 }]);
    r.getCell(1).numFmt = 'yyyy-mm-dd';
    wb.addWorksheet('说明').addRow(['ignored']);
    const rows = await all(xlsxRows(Buffer.from(await wb.xlsx.writeBuffer())));
    expect(rows).toEqual([
      { line: 1, cells: ['销售日期', '金额（元）', '单据号', '数量'] },
      { line: 2, cells: [new Date(Date.UTC(2026, 10, 5)), 1280.5, 'ZX-1', 2] },
    ]);
  });

  it('refuses a damaged workbook as a whole', async () => {
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7), Buffer.from('xl/workbook.xml')]);
    await expect(all(xlsxRows(damaged))).rejects.toMatchObject({ message: expect.stringMatching(/^the workbook could not be read: /), line: 1 });
  });

  it('turns exceljs values into plain cells', () => {
    expect(excelCell(undefined)).toBeNull();
    expect(excelCell({ text: 'link', hyperlink: 'http://x' })).toBe('link');
    expect(excelCell({ error: '#N/A' })).toBe('#N/A');
  });
});

describe('template', () => {
  const example = { date: '2026-11-05', cooperative: 'langdong-fungi-park', category: '食用菌', product: '鸡枞菌, 500 克', quantity: 2, amountYuan: '256.00', reference: 'ZX-0001' };

  it('writes a CSV in UTF-8 with a BOM that reads back as the header and the example', async () => {
    const file = csvTemplate(example);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(await all(csvRows(file.bytes, 'utf-8'))).toEqual([
      { line: 1, cells: ['销售日期', '供货主体', '品类', '商品', '数量', '金额（元）', '单据号'] },
      { line: 2, cells: ['2026-11-05', 'langdong-fungi-park', '食用菌', '鸡枞菌, 500 克', '2', '256.00', 'ZX-0001'] },
    ]);
  });

  it('writes an XLSX with a real date and numbers in the example row', async () => {
    const file = await xlsxTemplate(example);
    expect(await all(xlsxRows(file.bytes))).toEqual([
      { line: 1, cells: ['销售日期', '供货主体', '品类', '商品', '数量', '金额（元）', '单据号'] },
      { line: 2, cells: [new Date(Date.UTC(2026, 10, 5)), 'langdong-fungi-park', '食用菌', '鸡枞菌, 500 克', 2, 256, 'ZX-0001'] },
    ]);
  });

  it('names the file in ASCII and, encoded as RFC 5987 says, in Chinese', () => {
    expect(attachment('t.csv', '模板 (1).csv')).toBe(`attachment; filename="t.csv"; filename*=UTF-8''%E6%A8%A1%E6%9D%BF%20%281%29.csv`);
  });
});
