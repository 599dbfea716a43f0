import { Inject, Injectable } from '@nestjs/common';
import { liveSession } from '@shanhai/api/identity';
import {
  ApiException,
  APP_CONFIG,
  BEGIN,
  COMMIT,
  ROLLBACK,
  withPipeline,
  type AppConfig,
  type Outcome,
  type PipelinedConnection,
  type Statement,
} from '@shanhai/api/platform';
import {
  ErrorCode,
  type AddressDto,
  type CreateOrderRequest,
  type OrderDto,
  type OutOfStockLineDto,
} from '@shanhai/shared/contracts';
import { chinaDate } from '@shanhai/shared/domain';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OrdersService } from '../orders/orders.service';
import { PaymentsService } from '../payments/payments.service';
import { SALE_ITEM_SQL, toSaleItems, type ItemRow } from './checkout-items';
import {
  orderNumber,
  placedOrderDto,
  priceOrder,
  WRITE_ORDER_SQL,
  writeOrderValues,
  type WrittenOrder,
} from './order-write';

export interface PlacedOrder {
  /** false when the key had already placed this order */
  created: boolean;
  order: OrderDto;
}

type Line = { sku: string; quantity: number };
type Attempt =
  | { kind: 'placed'; order: Omit<OrderDto, 'payment'> }
  | { kind: 'existing'; orderId: string; userId: string }
  | { kind: 'number-taken' };

// The session ($1, the token's hash) is checked by these statements themselves, not by a lookup
// before the transaction: a request without a live session takes no lock and gets 401.
// One request at a time per key: a retry waits for the first and then finds its order.
const LOCK_KEY_SQL = `SELECT pg_advisory_xact_lock(hashtextextended('order:' || s.user_id || ':' || $2, 0))
  FROM sessions s WHERE ${liveSession('s', '$1')}`;
// the buyer, the order this key already placed and the delivery address (read after the lock)
const FOUND_SQL = `SELECT u.id AS user_id,
  (SELECT json_build_object('id', o.id, 'request_hash', o.request_hash) FROM orders o
   WHERE o.user_id = u.id AND o.idempotency_key = $2) AS existing,
  (SELECT json_build_object('id', a.id, 'recipient', a.recipient, 'mobile', a.mobile, 'province', a.province,
     'city', a.city, 'district', a.district, 'street', a.street, 'postalCode', a.postal_code, 'isDefault', a.is_default)
   FROM addresses a WHERE a.id = $3 AND a.user_id = u.id) AS address
  FROM sessions s JOIN users u ON u.id = s.user_id WHERE ${liveSession('s', '$1')}`;
// variants locked in id order, the same order every checkout and restock uses: no deadlocks
// (a locking SELECT takes its locks in ORDER BY order)
const LOCK_VARIANTS_SQL = 'SELECT 1 FROM product_variants WHERE sku = ANY($1::text[]) ORDER BY id FOR UPDATE';
// the conditional decrement: never below zero, whoever else is buying (and only for a live session)
const TAKE_STOCK_SQL = `UPDATE product_variants SET available = available - $2
  WHERE sku = $1 AND available >= $2 AND EXISTS (SELECT 1 FROM sessions s WHERE ${liveSession('s', '$3')}) RETURNING id`;
const AVAILABLE_SQL = 'SELECT sku, available FROM product_variants WHERE sku = ANY($1::text[])';

@Injectable()
export class CheckoutService {
  constructor(
    private readonly db: DataSource,
    private readonly payments: PaymentsService,
    private readonly orders: OrdersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Places an order in one transaction: the same key returns the same order; every variant's
   * stock is taken with a conditional decrement (never below zero); totals are priced here; the
   * order splits into one fulfilment per cooperative; each line snapshots what it was sold as.
   * Anything out of stock → 409 with the lines, and nothing is written.
   *
   * The transaction is two round trips on one pipelined connection: [BEGIN, session and key
   * lock, buyer with earlier order and address, items (and, for several lines, their stock)]
   * and then [the order, COMMIT] — or ROLLBACK when anything is wrong. The answer is built from
   * what the write returned. `session` is the hash of the buyer's session token: no lookup
   * precedes this.
   */
  async place(session: string, idempotencyKey: string, request: CreateOrderRequest): Promise<PlacedOrder> {
    const lines = mergeLines(request.lines);
    const requestHash = createHash('sha256')
      .update(
        JSON.stringify({ a: request.addressId, p: request.paymentMethod, n: request.note ?? '', l: lines }),
      )
      .digest('hex');
    // order numbers are random, so two orders may draw the same one: draw again
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await withPipeline(this.db, (c) =>
        this.attempt(c, session, idempotencyKey, requestHash, request, lines),
      );
      if (result.kind === 'placed')
        return { created: true, order: await this.orders.withPayment(result.order) };
      if (result.kind === 'existing')
        return { created: false, order: await this.orders.get(result.orderId, result.userId) };
    }
    throw new Error('could not draw a free order number');
  }

  private async attempt(
    c: PipelinedConnection,
    session: string,
    idempotencyKey: string,
    requestHash: string,
    request: CreateOrderRequest,
    lines: Line[],
  ): Promise<Attempt> {
    const now = new Date();
    const today = chinaDate(now);
    const skus = lines.map((l) => l.sku);
    // One line: its stock is taken by the order's own statement, so a sold-out SKU's row stays
    // locked only while PostgreSQL writes and commits one order, not across a round trip to here.
    // Several lines: taken now, in id order, so that a shortage on any line can still roll back all.
    const takeInWrite = lines.length === 1;
    const sent: Statement[] = [
      BEGIN,
      { text: LOCK_KEY_SQL, values: [session, idempotencyKey] },
      { text: FOUND_SQL, values: [session, idempotencyKey, request.addressId] },
      ...lines.map((l) => ({ text: SALE_ITEM_SQL, values: [l.sku, today] })),
      ...(takeInWrite
        ? []
        : [
            { text: LOCK_VARIANTS_SQL, values: [skus] },
            ...lines.map((l) => ({ text: TAKE_STOCK_SQL, values: [l.sku, l.quantity, session] })),
          ]),
    ];
    const outcomes = await c.send(sent);
    const failure = outcomes.find((o) => !o.ok);
    if (failure) return this.abort(c, failure.error);
    const [found] = rowsOf<{
      user_id: string;
      existing: { id: string; request_hash: string } | null;
      address: AddressDto | null;
    }>(outcomes[2]);
    if (!found) return this.abort(c, new ApiException(401, ErrorCode.Unauthenticated, 'Sign in first.'));
    const userId = found.user_id;
    const taken = takeInWrite ? [true] : outcomes.slice(-lines.length).map((o) => rowsOf(o).length > 0);

    if (found.existing) {
      if (found.existing.request_hash !== requestHash) {
        return this.abort(
          c,
          new ApiException(
            422,
            ErrorCode.IdempotencyKeyReused,
            'This Idempotency-Key was used for a different order.',
          ),
        );
      }
      await this.end(c, [ROLLBACK]);
      return { kind: 'existing', orderId: found.existing.id, userId };
    }
    const address = found.address;
    if (!address) return this.abort(c, new ApiException(404, ErrorCode.AddressNotFound, 'No such address'));
    const items = toSaleItems(
      outcomes.slice(3, 3 + lines.length).flatMap((o) => rowsOf<ItemRow>(o)),
      lines,
      today,
    );
    const unknown = lines.find((l) => !items.some((i) => i.sku === l.sku));
    if (unknown) {
      return this.abort(
        c,
        new ApiException(404, ErrorCode.SkuNotFound, `No product variant "${unknown.sku}"`, {
          lines: [`unknown sku ${unknown.sku}`],
        }),
      );
    }
    const unsellable = items.filter((i) => !i.sellable);
    const short = items.filter((i, k) => i.sellable && !taken[k]);
    if (unsellable.length || short.length) return this.outOfStock(c, unsellable, short, true);
    // 400 when the method is not on offer here, before anything is written
    try {
      this.payments.provider(request.paymentMethod);
    } catch (error) {
      return this.abort(c, error);
    }

    const priced = priceOrder(items);
    const values = writeOrderValues(
      {
        number: orderNumber(now),
        userId,
        idempotencyKey,
        requestHash,
        request,
        address,
        paymentTimeoutMinutes: this.config.orderPaymentTimeoutMinutes,
      },
      priced,
      items,
      takeInWrite ? items[0] : null,
    );
    const [written, committed] = await c.send<WrittenOrder>([{ text: WRITE_ORDER_SQL, values }, COMMIT]);
    // a failed write makes the COMMIT behind it roll back: nothing of this attempt stays
    if (!written.ok) {
      if (isNumberTaken(written.error)) return { kind: 'number-taken' };
      throw written.error;
    }
    if (!committed.ok) throw committed.error;
    const [row] = written.rows;
    if (row) return { kind: 'placed', order: placedOrderDto(row, request, address, priced) };
    // the line's stock, taken in the write, was short: it wrote nothing, the COMMIT closed an empty transaction
    if (!takeInWrite) throw new Error('the order statement wrote no order');
    return this.outOfStock(c, [], items, false);
  }

  /** 409 with every line that cannot be sold: not on sale (0 available) or short, with what is left now. */
  private async outOfStock(
    c: PipelinedConnection,
    unsellable: { sku: string; quantity: number }[],
    short: { sku: string; quantity: number }[],
    rollBack: boolean,
  ): Promise<never> {
    const available: Statement = { text: AVAILABLE_SQL, values: [short.map((i) => i.sku)] };
    const now = (await this.end(c, rollBack ? [ROLLBACK, available] : [available])).at(-1);
    const left = new Map(rowsOf<{ sku: string; available: number }>(now).map((r) => [r.sku, r.available]));
    const failed: OutOfStockLineDto[] = [
      ...unsellable.map((i) => ({ sku: i.sku, requested: i.quantity, available: 0 })),
      ...short.map((i) => ({ sku: i.sku, requested: i.quantity, available: left.get(i.sku) ?? 0 })),
    ];
    const e = new ApiException(
      409,
      ErrorCode.OutOfStock,
      `Not enough stock for ${failed.map((f) => f.sku).join(', ')}`,
    );
    (e.getResponse() as { lines?: OutOfStockLineDto[] }).lines = failed;
    throw e;
  }

  /** Rolls back and throws: expected refusals (404, 409, 422) keep the connection for the pool. */
  private async abort(c: PipelinedConnection, error: unknown): Promise<never> {
    await this.end(c, [ROLLBACK]);
    throw error;
  }

  private async end(c: PipelinedConnection, statements: Statement[]): Promise<Outcome[]> {
    const outcomes = await c.send(statements);
    const failure = outcomes.find((o) => !o.ok);
    if (failure) throw failure.error;
    return outcomes;
  }
}

function rowsOf<T>(outcome: Outcome | undefined): T[] {
  if (!outcome?.ok) throw new Error('a statement of the checkout batch did not answer');
  return outcome.rows as T[];
}

function isNumberTaken(error: unknown): boolean {
  const e = error as { code?: string; table?: string; detail?: string };
  return e.code === '23505' && e.table === 'orders' && /\(number\)/.test(e.detail ?? '');
}

/** The same SKU twice in one request is one line with the quantities added. */
function mergeLines(lines: { sku: string; quantity: number }[]): Line[] {
  const bySku = new Map<string, number>();
  for (const l of lines) bySku.set(l.sku, (bySku.get(l.sku) ?? 0) + l.quantity);
  return [...bySku.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sku, quantity]) => ({ sku, quantity }));
}
