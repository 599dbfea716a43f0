import { useTranslation } from 'react-i18next';
import type { OrderHistoryEntryDto } from '@shanhai/shared/contracts';
import { useLocale } from '@shanhai/web/shared';
import { formatDateTime } from './format-date-time';
import { trackingFromReason } from './history-tracking';
import { ORDERS_NS } from './orders-messages';

/**
 * The order's status changes, oldest first: each as what happened, in the buyer's language, with
 * its time, and the courier and tracking number when a parcel shipped.
 */
export function OrderTimeline({ history }: { history: OrderHistoryEntryDto[] }) {
  const { t } = useTranslation(ORDERS_NS);
  const locale = useLocale();
  const entries = [...history].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="timeline" data-testid="order-history">
      {entries.map((entry, i) => {
        const tracking = trackingFromReason(entry.reason);
        return (
          <li key={`${entry.at}-${i}`} className="timeline__entry">
            <span className="timeline__status">{t(`timeline.events.${entry.to}`)}</span>
            <time dateTime={entry.at} className="muted">
              {formatDateTime(entry.at, locale)}
            </time>
            {tracking && (
              <small className="timeline__reason">{t('timeline.tracking', { detail: tracking })}</small>
            )}
          </li>
        );
      })}
    </ol>
  );
}
