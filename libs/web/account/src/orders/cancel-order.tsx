import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDto } from '@shanhai/shared/contracts';
import { isApiError } from '@shanhai/web/shared';
import { useCancelOrder } from '../api/cancel-order';
import { FormAlert } from '../forms/form-alert';
import { ORDERS_NS } from './orders-messages';

/**
 * "Cancel order" while the order is `cancellable`, then an explicit confirmation before anything
 * is sent; afterwards, what came of it.
 */
export function CancelOrder({ order, onStale }: { order: OrderDto; onStale: () => void }) {
  const { t } = useTranslation(ORDERS_NS);
  const cancel = useCancelOrder();
  const [confirming, setConfirming] = useState(false);

  if (!order.cancellable) {
    if (cancel.isError) return <FormAlert error={cancel.error} />;
    return cancel.isSuccess ? (
      <p className="notice" role="status">
        {t('cancel.done')}
      </p>
    ) : null;
  }
  if (!confirming) {
    return (
      <div className="cancel">
        {cancel.isError && <FormAlert error={cancel.error} />}
        <button
          type="button"
          className="button button--ghost button--danger"
          onClick={() => setConfirming(true)}
        >
          {t('cancel.button')}
        </button>
      </div>
    );
  }
  return (
    <div className="cancel cancel--confirm" role="group" aria-labelledby="cancel-question">
      <p id="cancel-question">{t('cancel.confirm')}</p>
      <button
        type="button"
        className="button button--danger"
        disabled={cancel.isPending}
        onClick={() =>
          cancel.mutate(order.id, {
            onSettled: () => setConfirming(false),
            // 409 NOT_CANCELLABLE: the order moved on meanwhile (it shipped); show it as it is now.
            onError: (error) => {
              if (isApiError(error) && error.status === 409) onStale();
            },
          })
        }
      >
        {t(cancel.isPending ? 'cancel.cancelling' : 'cancel.yes')}
      </button>
      <button
        type="button"
        className="button button--ghost"
        disabled={cancel.isPending}
        onClick={() => setConfirming(false)}
      >
        {t('cancel.no')}
      </button>
    </div>
  );
}
