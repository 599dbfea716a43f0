import type request from 'supertest';

/** The template's header row in Chinese, in order (what the exhibition centre's staff see). */
export const ZH_HEADER = ['销售日期', '供货主体', '品类', '商品', '数量', '金额（元）', '单据号'];
export const EN_HEADER = ['date', 'cooperative', 'category', 'product', 'quantity', 'amount (yuan)', 'reference'];

/** A CSV text from rows of fields (quoted where needed), CRLF lines as Excel writes them. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  const field = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** UTF-8 bytes with the BOM that Excel's "CSV UTF-8" writes. */
export const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

let gbkTable: Map<string, [number, number]> | null = null;

/**
 * Encodes text as GBK, the way Chinese Excel saves "CSV (逗号分隔)". Node can decode GB18030 but
 * not encode it, so the table is built by decoding every two-byte GBK sequence once.
 */
export function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = gbkTable.get(ch);
    if (!pair) throw new Error(`no GBK code for ${ch}`);
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}

/** Reads a response body as bytes (supertest otherwise parses text and leaves XLSX empty). */
export function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
