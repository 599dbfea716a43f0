import { AidImportColumns, type AidImportColumnKey, type AidImportProblem } from '@shanhai/shared/contracts';
import { isIsoDate, parseYuanToFen, periodOf } from '@shanhai/shared/domain';

/** A cell as read from a CSV (always text) or an XLSX (text, number, date, boolean). */
export type Cell = string | number | Date | boolean | null;

/** The problems an import keeps (the first MAX_PROBLEMS) and how many there are in all. */
export const MAX_PROBLEMS = 500;
/** One row may not claim more than 100,000,000.00 yuan: beyond any shop's monthly line. */
export const MAX_ROW_FEN = 10_000_000_000;
export const MAX_QUANTITY = 1_000_000;
export const MAX_REFERENCE = 120;
export const MAX_PRODUCT = 200;

/** Columns the header must have; category and product may be left out. */
const REQUIRED: readonly AidImportColumnKey[] = ['date', 'cooperative', 'quantity', 'amount', 'reference'];

/** Headers people write besides the template's: the Chinese without the unit, the bare English. */
const ALIASES: Partial<Record<AidImportColumnKey, string[]>> = {
  date: ['日期'],
  cooperative: ['合作社', '供应商'],
  amount: ['金额', 'amount'],
  reference: ['单号'],
};

/** Full-width forms to ASCII, lower case, no spaces: "金额（元）" → "金额(元)", "Amount (yuan)" → "amount(yuan)". */
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const HEADER_NAMES = new Map<string, AidImportColumnKey>();
for (const c of AidImportColumns) {
  for (const name of [c.zh, c.en, c.key, `${c.zh}${c.en}`, `${c.zh}(${c.en})`, `${c.zh}/${c.en}`, ...(ALIASES[c.key] ?? [])]) {
    HEADER_NAMES.set(norm(name), c.key);
  }
}

const COLUMN_ORDER = new Map<AidImportColumnKey | null, number>([[null, -1], ...AidImportColumns.map((c, i) => [c.key, i] as const)]);

/** The text of a cell for rules that read text; numbers as Excel shows them (15 significant digits). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return String(Number(cell.toPrecision(15)));
  return String(cell).trim();
}

const quote = (cell: Cell) => {
  const t = cellText(cell);
  return `"${t.length > 40 ? `${t.slice(0, 40)}…` : t}"`;
};

export interface HeaderMap {
  /** the position of each column found */
  index: Partial<Record<AidImportColumnKey, number>>;
  problems: AidImportProblem[];
}

/** Reads the header row (line 1): every column must be known, the required ones present, none twice. */
export function mapHeader(cells: readonly Cell[]): HeaderMap {
  const index: Partial<Record<AidImportColumnKey, number>> = {};
  const problems: AidImportProblem[] = [];
  const expected = AidImportColumns.map((c) => c.zh).join(', ');
  cells.forEach((cell, i) => {
    const text = cellText(cell);
    if (!text) return;
    const key = HEADER_NAMES.get(norm(text));
    if (!key) {
      problems.push({ line: 1, column: null, message: `unknown column "${text}" (the columns are: ${expected})` });
    } else if (index[key] !== undefined) {
      problems.push({ line: 1, column: key, message: `column "${text}" appears twice` });
    } else {
      index[key] = i;
    }
  });
  for (const key of REQUIRED) {
    if (index[key] === undefined) {
      const c = AidImportColumns.find((x) => x.key === key);
      problems.push({ line: 1, column: key, message: `the column "${c?.zh}" (${c?.en}) is missing` });
    }
  }
  return { index, problems };
}

export interface CooperativeRef {
  id: string;
  slug: string;
  status: string;
  townshipSlug: string | null;
  villageSlug: string | null;
}

/** What rows are checked against, read once when the check starts. */
export interface ImportLookups {
  /** by slug (lower case) and by unified social credit code (upper case) */
  cooperatives: Map<string, CooperativeRef>;
  /** category slug by slug, Chinese name and English name (lower case) */
  categories: Map<string, string>;
  closedPeriods: Set<string>;
  /** today in China, 'YYYY-MM-DD': later dates are refused */
  today: string;
}

/** A valid row, ready to stage. */
export interface StagedRow {
  line: number;
  occurredOn: string;
  period: string;
  cooperativeId: string;
  cooperativeSlug: string;
  townshipSlug: string | null;
  villageSlug: string | null;
  categorySlug: string | null;
  product: string | null;
  quantity: number;
  amountFen: number;
  reference: string;
}

/** Keeps the first MAX_PROBLEMS problems and counts all of them. */
export class ProblemLog {
  private readonly kept: AidImportProblem[] = [];
  count = 0;

  add(problem: AidImportProblem): void {
    this.count++;
    if (this.kept.length < MAX_PROBLEMS) this.kept.push(problem);
  }

  /** The kept problems by line, then in the template's column order. */
  list(): AidImportProblem[] {
    return [...this.kept].sort((a, b) => a.line - b.line || (COLUMN_ORDER.get(a.column) ?? 0) - (COLUMN_ORDER.get(b.column) ?? 0));
  }
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A sale date from a cell: an Excel date, an Excel serial number, or text as YYYY-MM-DD,
 * YYYY/M/D, YYYY.M.D or YYYY年M月D日 (a time after it is ignored). Null when it is none of these.
 */
export function parseSaleDate(cell: Cell): { date: string } | { error: string } | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    // exceljs gives Excel's calendar day at UTC midnight
    return { date: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell >= 2_958_466) return null;
    return { date: new Date(EXCEL_EPOCH_MS + Math.floor(cell) * DAY_MS).toISOString().slice(0, 10) };
  }
  const text = cellText(cell);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  if (!isIsoDate(iso)) return { error: `"${text}" is not a real date` };
  return { date: iso };
}

/** A yuan amount from a cell, in fen, exactly: numbers as Excel shows them, text by digits. */
export function parseAmountFen(cell: Cell): number | null {
  if (cell === null || cell instanceof Date || typeof cell === 'boolean') return null;
  return parseYuanToFen(cellText(cell));
}

/** A positive whole number of units from a cell, or null. */
export function parseQuantity(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? cell : null;
  const text = cellText(cell).replace(/,/g, '');
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n > 0 ? n : null;
}

/**
 * Checks data rows one at a time against the lookups; remembers the references seen so a
 * reference repeated within the file is reported with the line it first appeared on.
 */
export class ImportRowChecker {
  private readonly references = new Map<string, number>();

  constructor(
    private readonly lookups: ImportLookups,
    private readonly header: HeaderMap,
    private readonly problems: ProblemLog,
  ) {}

  /** The row when it is valid; otherwise null, with its problems logged. */
  check(line: number, cells: readonly Cell[]): StagedRow | null {
    const at = (key: AidImportColumnKey): Cell => {
      const i = this.header.index[key];
      return i === undefined ? null : (cells[i] ?? null);
    };
    const before = this.problems.count;
    const problem = (column: AidImportColumnKey, message: string) => this.problems.add({ line, column, message });

    const occurredOn = this.date(at('date'), problem);
    const cooperative = this.cooperative(at('cooperative'), problem);
    const categorySlug = this.category(at('category'), problem);

    const productText = cellText(at('product'));
    if (productText.length > MAX_PRODUCT) problem('product', `must be at most ${MAX_PRODUCT} characters`);

    const quantityCell = at('quantity');
    const quantity = parseQuantity(quantityCell);
    if (!cellText(quantityCell)) problem('quantity', 'is required');
    else if (quantity === null) problem('quantity', `${quote(quantityCell)} must be a positive whole number`);
    else if (quantity > MAX_QUANTITY) problem('quantity', `must be at most ${MAX_QUANTITY}`);

    const amountCell = at('amount');
    const amountFen = parseAmountFen(amountCell);
    if (!cellText(amountCell)) problem('amount', 'is required');
    else if (amountFen === null) problem('amount', `${quote(amountCell)} must be an amount in yuan with at most two decimals, e.g. 1280.50`);
    else if (amountFen <= 0) problem('amount', 'must be more than zero');
    else if (amountFen > MAX_ROW_FEN) problem('amount', 'must be at most 100000000.00 yuan');

    const reference = cellText(at('reference'));
    if (!reference) problem('reference', 'is required');
    else if (reference.length > MAX_REFERENCE) problem('reference', `must be at most ${MAX_REFERENCE} characters`);
    else {
      const first = this.references.get(reference);
      if (first !== undefined) problem('reference', `"${reference}" repeats the reference of line ${first}`);
      else this.references.set(reference, line);
    }

    if (this.problems.count > before || !occurredOn || !cooperative || quantity === null || amountFen === null) return null;
    return {
      line,
      occurredOn,
      period: periodOf(occurredOn),
      cooperativeId: cooperative.id,
      cooperativeSlug: cooperative.slug,
      townshipSlug: cooperative.townshipSlug,
      villageSlug: cooperative.villageSlug,
      categorySlug,
      product: productText || null,
      quantity,
      amountFen,
      reference,
    };
  }

  private date(cell: Cell, problem: (c: AidImportColumnKey, m: string) => void): string | null {
    if (!cellText(cell)) {
      problem('date', 'is required');
      return null;
    }
    const parsed = parseSaleDate(cell);
    if (!parsed) {
      problem('date', `${quote(cell)} must be a date as YYYY-MM-DD`);
      return null;
    }
    if ('error' in parsed) {
      problem('date', parsed.error);
      return null;
    }
    if (parsed.date > this.lookups.today) {
      problem('date', `${parsed.date} is in the future`);
      return null;
    }
    const period = periodOf(parsed.date);
    if (this.lookups.closedPeriods.has(period)) {
      problem('date', `${parsed.date} falls in the closed period ${period}: record an adjustment in the open period instead`);
      return null;
    }
    return parsed.date;
  }

  private cooperative(cell: Cell, problem: (c: AidImportColumnKey, m: string) => void): CooperativeRef | null {
    const text = cellText(cell);
    if (!text) {
      problem('cooperative', 'is required');
      return null;
    }
    const found = this.lookups.cooperatives.get(text.toLowerCase()) ?? this.lookups.cooperatives.get(text.toUpperCase());
    if (!found) {
      problem('cooperative', `${quote(text)} is not a known cooperative slug or unified social credit code`);
      return null;
    }
    if (found.status !== 'approved') {
      problem('cooperative', `${found.slug} is not approved (it is ${found.status})`);
      return null;
    }
    return found;
  }

  private category(cell: Cell, problem: (c: AidImportColumnKey, m: string) => void): string | null {
    const text = cellText(cell);
    if (!text) return null;
    const slug = this.lookups.categories.get(text) ?? this.lookups.categories.get(text.toLowerCase());
    if (!slug) problem('category', `${quote(text)} is not a known category slug or name`);
    return slug ?? null;
  }
}
