import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small local stand-in for the part of Stripe's API the shop uses, for tests only (Stripe's
 * servers cannot be reached from here). The real `stripe` SDK talks to it through its `host`,
 * `port` and `protocol` options (STRIPE_API_HOST / STRIPE_API_PORT / STRIPE_API_PROTOCOL).
 *
 * Endpoints: create, retrieve and cancel PaymentIntents; create refunds. Like Stripe it reads
 * form-encoded bodies, answers with objects of Stripe's shape and errors in `{ error }`, and
 * replays the saved response when a POST repeats an Idempotency-Key (refusing the key when the
 * parameters differ). Every request is recorded with its Idempotency-Key.
 */

export interface FakeStripeRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  /** the decoded form body */
  params: Record<string, unknown>;
  /** true when the answer was the saved response of an earlier request with the same key */
  replayed: boolean;
  /** set when the request was made to fail on purpose */
  failed: FakeStripeFailure | null;
}

/**
 * drop: the connection is closed before anything happens (the request never reached Stripe);
 * drop-after: the request is carried out, then the connection is closed (the answer was lost);
 * error: Stripe answers 500 without doing anything.
 */
export type FakeStripeFailure = 'drop' | 'drop-after' | 'error';

export interface FakePaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  allowed_payment_method_types: string[];
  payment_method_types: string[];
  client_secret: string;
  description: string | null;
  metadata: Record<string, string>;
  status: 'requires_payment_method' | 'processing' | 'succeeded' | 'canceled';
  latest_charge: string | null;
  cancellation_reason: string | null;
  canceled_at: number | null;
  created: number;
  livemode: false;
}

export interface FakeRefund {
  id: string;
  object: 'refund';
  amount: number;
  currency: string;
  payment_intent: string;
  charge: string | null;
  reason: string | null;
  metadata: Record<string, string>;
  status: 'succeeded';
  created: number;
}

const now = () => Math.floor(Date.now() / 1000);
const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly code: string | undefined,
    message: string,
    readonly param?: string,
  ) {
    super(message);
  }
}

/** Decodes Stripe's form encoding: `metadata[order_id]=…&allowed_payment_method_types[0]=card`. */
export function decodeStripeForm(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((segment, i) => {
      const last = i === path.length - 1;
      const nextIsIndex = !last && /^\d*$/.test(path[i + 1]);
      if (Array.isArray(node)) {
        const idx = segment === '' ? node.length : Number(segment);
        if (last) node[idx] = value;
        else node = (node[idx] ??= nextIsIndex ? [] : {}) as Record<string, unknown> | unknown[];
      } else {
        if (last) node[segment] = value;
        else node = (node[segment] ??= nextIsIndex ? [] : {}) as Record<string, unknown> | unknown[];
      }
    });
  }
  return root;
}

export class FakeStripe {
  readonly requests: FakeStripeRequest[] = [];
  readonly paymentIntents = new Map<string, FakePaymentIntent>();
  readonly refunds = new Map<string, FakeRefund>();
  /** while set, matching requests fail this way */
  private failure: { mode: FakeStripeFailure; match: (method: string, path: string) => boolean } | null = null;
  private readonly saved = new Map<string, { fingerprint: string; status: number; body: string }>();

  private constructor(private readonly server: Server) {}

  /** Starts the fake on a free port of 127.0.0.1. */
  static async start(): Promise<FakeStripe> {
    const server = createServer();
    const fake = new FakeStripe(server);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The environment that points the API's Stripe SDK here. */
  env(keys: { secretKey: string; webhookSecret: string; publishableKey: string }): Record<string, string> {
    return {
      STRIPE_SECRET_KEY: keys.secretKey,
      STRIPE_WEBHOOK_SECRET: keys.webhookSecret,
      STRIPE_PUBLISHABLE_KEY: keys.publishableKey,
      STRIPE_API_HOST: '127.0.0.1',
      STRIPE_API_PORT: String(this.port),
      STRIPE_API_PROTOCOL: 'http',
    };
  }

  /** Makes requests fail until `recover()`; `match` picks which (default: all). */
  failWith(mode: FakeStripeFailure, match: (method: string, path: string) => boolean = () => true): void {
    this.failure = { mode, match };
  }

  recover(): void {
    this.failure = null;
  }

  /** The recorded requests to one method and path (a path ending in `*` matches by prefix). */
  requestsTo(method: string, path: string): FakeStripeRequest[] {
    const prefix = path.endsWith('*') ? path.slice(0, -1) : null;
    return this.requests.filter((r) => r.method === method && (prefix !== null ? r.path.startsWith(prefix) : r.path === path));
  }

  /** The PaymentIntent created with this order id in its metadata. */
  intentOfOrder(orderId: string): FakePaymentIntent | undefined {
    return [...this.paymentIntents.values()].find((pi) => pi.metadata['order_id'] === orderId);
  }

  /** The customer pays: the intent succeeds as it would after confirmation in the browser. */
  succeed(intentId: string): FakePaymentIntent {
    const pi = this.intent(intentId);
    pi.status = 'succeeded';
    pi.amount_received = pi.amount;
    pi.latest_charge ??= newId('ch');
    return { ...pi };
  }

  /** The charge behind a succeeded intent, as `charge.refunded` carries it. */
  charge(intentId: string): Record<string, unknown> {
    const pi = this.intent(intentId);
    const refunded = [...this.refunds.values()].filter((r) => r.payment_intent === intentId).reduce((s, r) => s + r.amount, 0);
    return {
      id: pi.latest_charge,
      object: 'charge',
      amount: pi.amount,
      amount_captured: pi.amount_received,
      amount_refunded: refunded,
      refunded: refunded >= pi.amount_received,
      captured: true,
      paid: true,
      status: 'succeeded',
      currency: pi.currency,
      payment_intent: pi.id,
      metadata: {},
      created: pi.created,
      livemode: false,
    };
  }

  /** A webhook event of Stripe's shape around an object (sign it with the SDK's generateTestHeaderString). */
  event(type: string, object: object, id = newId('evt')): Record<string, unknown> {
    return {
      id,
      object: 'event',
      api_version: '2026-10-28.endive',
      created: now(),
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private intent(id: string): FakePaymentIntent {
    const pi = this.paymentIntents.get(id);
    if (!pi) throw new Error(`the fake has no PaymentIntent ${id}`);
    return pi;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0];
    const header = req.headers['idempotency-key'];
    const idempotencyKey = typeof header === 'string' ? header : null;
    const record: FakeStripeRequest = { method, path, idempotencyKey, params: decodeStripeForm(raw), replayed: false, failed: null };
    this.requests.push(record);

    const failure = this.failure?.match(method, path) ? this.failure.mode : null;
    record.failed = failure;
    if (failure === 'drop') {
      req.socket.destroy();
      return;
    }
    if (failure === 'error') {
      this.send(res, 500, JSON.stringify({ error: { type: 'api_error', message: 'Something went wrong on the fake Stripe.' } }), false);
      return;
    }

    const fingerprint = `${method} ${path} ${raw}`;
    const saved = method === 'POST' && idempotencyKey ? this.saved.get(idempotencyKey) : undefined;
    if (saved) {
      record.replayed = true;
      if (saved.fingerprint !== fingerprint) {
        const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`;
        this.send(res, 400, JSON.stringify({ error: { type: 'idempotency_error', message } }), false);
        return;
      }
      if (failure === 'drop-after') req.socket.destroy();
      else this.send(res, saved.status, saved.body, true);
      return;
    }

    let status = 200;
    let body: string;
    try {
      if (!/^Bearer (sk|rk)_/.test(req.headers['authorization'] ?? '')) {
        throw new StripeError(401, 'invalid_request_error', undefined, 'Invalid API Key provided.');
      }
      body = JSON.stringify(this.route(method, path, record.params));
    } catch (error) {
      if (!(error instanceof StripeError)) throw error;
      status = error.status;
      body = JSON.stringify({ error: { type: error.type, code: error.code, message: error.message, param: error.param } });
    }
    if (method === 'POST' && idempotencyKey) this.saved.set(idempotencyKey, { fingerprint, status, body });
    if (failure === 'drop-after') {
      req.socket.destroy();
      return;
    }
    this.send(res, status, body, false);
  }

  private send(res: ServerResponse, status: number, body: string, replayed: boolean): void {
    res.writeHead(status, {
      'content-type': 'application/json',
      'request-id': newId('req'),
      'stripe-version': '2026-10-28.endive',
      ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
    });
    res.end(body);
  }

  private route(method: string, path: string, params: Record<string, unknown>): object {
    if (method === 'POST' && path === '/v1/payment_intents') return this.createIntent(params);
    let m = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
    if (method === 'GET' && m) return this.found(m[1]);
    m = /^\/v1\/payment_intents\/([^/]+)\/cancel$/.exec(path);
    if (method === 'POST' && m) return this.cancelIntent(m[1], params);
    if (method === 'POST' && path === '/v1/refunds') return this.createRefund(params);
    throw new StripeError(404, 'invalid_request_error', undefined, `Unrecognized request URL (${method}: ${path}).`);
  }

  private found(id: string): FakePaymentIntent {
    const pi = this.paymentIntents.get(id);
    if (!pi) throw new StripeError(404, 'invalid_request_error', 'resource_missing', `No such payment_intent: '${id}'`, 'intent');
    return pi;
  }

  private createIntent(params: Record<string, unknown>): FakePaymentIntent {
    const amount = Number(params['amount']);
    if (!Number.isInteger(amount) || amount < 1) {
      throw new StripeError(400, 'invalid_request_error', 'parameter_invalid_integer', 'Invalid integer: amount', 'amount');
    }
    if (typeof params['currency'] !== 'string') throw new StripeError(400, 'invalid_request_error', 'parameter_missing', 'Missing required param: currency.', 'currency');
    const types = (params['allowed_payment_method_types'] as string[] | undefined) ?? ['card'];
    const id = newId('pi');
    const pi: FakePaymentIntent = {
      id,
      object: 'payment_intent',
      amount,
      amount_received: 0,
      currency: params['currency'],
      allowed_payment_method_types: types,
      payment_method_types: types,
      client_secret: `${id}_secret_${randomBytes(12).toString('hex')}`,
      description: (params['description'] as string | undefined) ?? null,
      metadata: (params['metadata'] as Record<string, string> | undefined) ?? {},
      status: 'requires_payment_method',
      latest_charge: null,
      cancellation_reason: null,
      canceled_at: null,
      created: now(),
      livemode: false,
    };
    this.paymentIntents.set(id, pi);
    return pi;
  }

  private cancelIntent(id: string, params: Record<string, unknown>): FakePaymentIntent {
    const pi = this.found(id);
    if (pi.status === 'succeeded' || pi.status === 'canceled') {
      throw new StripeError(
        400,
        'invalid_request_error',
        'payment_intent_unexpected_state',
        `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`,
      );
    }
    pi.status = 'canceled';
    pi.canceled_at = now();
    pi.cancellation_reason = (params['cancellation_reason'] as string | undefined) ?? null;
    return pi;
  }

  private createRefund(params: Record<string, unknown>): FakeRefund {
    const intentId = params['payment_intent'];
    if (typeof intentId !== 'string') throw new StripeError(400, 'invalid_request_error', 'parameter_missing', 'One of charge or payment_intent is required.');
    const pi = this.found(intentId);
    if (pi.status !== 'succeeded') {
      throw new StripeError(400, 'invalid_request_error', 'charge_not_refundable', `This PaymentIntent (${pi.id}) does not have a successful charge to refund.`);
    }
    const refunded = [...this.refunds.values()].filter((r) => r.payment_intent === pi.id).reduce((s, r) => s + r.amount, 0);
    const left = pi.amount_received - refunded;
    const amount = params['amount'] === undefined ? left : Number(params['amount']);
    if (!Number.isInteger(amount) || amount < 1) throw new StripeError(400, 'invalid_request_error', 'parameter_invalid_integer', 'Invalid integer: amount', 'amount');
    if (left <= 0) throw new StripeError(400, 'invalid_request_error', 'charge_already_refunded', `Charge ${pi.latest_charge} has already been refunded.`);
    if (amount > left) {
      throw new StripeError(400, 'invalid_request_error', 'amount_too_large', `Refund amount (¥${amount / 100}) is greater than unrefunded amount on charge (¥${left / 100})`, 'amount');
    }
    const refund: FakeRefund = {
      id: newId('re'),
      object: 'refund',
      amount,
      currency: pi.currency,
      payment_intent: pi.id,
      charge: pi.latest_charge,
      reason: (params['reason'] as string | undefined) ?? null,
      metadata: (params['metadata'] as Record<string, string> | undefined) ?? {},
      status: 'succeeded',
      created: now(),
    };
    this.refunds.set(refund.id, refund);
    return refund;
  }
}
