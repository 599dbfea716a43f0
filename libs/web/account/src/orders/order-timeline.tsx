import { useTranslation } from 'react-i18next';
import type { OrderHistoryEntryDto } from '@shanhai/shared/contracts';
import { useLocale } from '@shanhai/web/shared';
import { formatDateTime } from './format-date-time';
import { ORDERS_NS } from './orders-messages';

/** The order's status changes, oldest first, each with its time and the server's reason. */
export function OrderTimeline({ history }: { history: OrderHistoryEntryDto[] }) {
  const { t } = useTranslation(ORDERS_NS);
  const locale = useLocale();
  const entries = [...history].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="timeline" data-testid="order-history">
      {entries.map((entry, i) => (
        <li key={`${entry.at}-${i}`} className="timeline__entry">
          <span className="timeline__status">{t(`statuses.${entry.to}`)}</span>
          <time dateTime={entry.at} className="muted">
            {formatDateTime(entry.at, locale)}
          </time>
          {entry.reason && <span className="timeline__reason">{entry.reason}</span>}
        </li>
      ))}
    </ol>
  );
}
