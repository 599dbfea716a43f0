import { Injectable } from '@nestjs/common';
import type { CreatedPayment, PaymentOrder, PaymentProvider, WebhookOutcome } from './payment-provider';

/**
 * Bank transfer or pay on delivery: the order waits in awaiting_payment until an admin records
 * the payment; refunds are paid back by hand and recorded as pending_manual.
 */
@Injectable()
export class ManualPaymentProvider implements PaymentProvider {
  readonly method = 'offline' as const;
  readonly manualRefunds = true;
  readonly publishableKey = null;

  async createPayment(order: PaymentOrder): Promise<CreatedPayment> {
    const ref = order.id.slice(0, 8).toUpperCase();
    return {
      providerRef: null,
      clientSecret: null,
      instructions: {
        zh: `请通过银行转账付款，附言填写订单参考号 ${ref}；或选择货到付款，由快递员代收。款项到账并由平台确认后，订单将开始发货。（演示站点：收款账户为虚构。）`,
        en: `Pay by bank transfer quoting reference ${ref}, or pay the courier on delivery. Shipping starts once the platform confirms the payment. (Demo site: the receiving account is fictitious.)`,
      },
    };
  }

  async handleWebhook(): Promise<WebhookOutcome> {
    throw new Error('offline payments have no webhook');
  }

  async refund(): Promise<{ providerRef: string | null; manual: boolean }> {
    return { providerRef: null, manual: true };
  }

  async cancelPayment(): Promise<void> {
    // nothing was opened anywhere else
  }
}
