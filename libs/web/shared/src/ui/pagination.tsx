import { useTranslation } from 'react-i18next';

export interface PaginationProps {
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
}

type Slot = number | 'gap';

/** First, last, and the pages around the current one, with gaps between: 1 … 4 5 6 … 20. */
export function pageSlots(page: number, pageCount: number): Slot[] {
  const pages = new Set([1, pageCount, page - 1, page, page + 1]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const slots: Slot[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) slots.push('gap');
    slots.push(p);
  });
  return slots;
}

export function Pagination({ page, pageCount, onPageChange }: PaginationProps) {
  const { t } = useTranslation('common');
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button
        type="button"
        className="button button--ghost"
        disabled={page <= 1}
        onClick={() => onPageChange(page - 1)}
      >
        {t('pagination.previous')}
      </button>
      <ol className="pagination__pages">
        {pageSlots(page, pageCount).map((slot, i) =>
          slot === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={slot}>
              <button
                type="button"
                className="pagination__page"
                aria-current={slot === page ? 'page' : undefined}
                aria-label={t('pagination.goTo', { page: slot })}
                onClick={() => onPageChange(slot)}
              >
                {slot}
              </button>
            </li>
          ),
        )}
      </ol>
      <span className="pagination__status" aria-live="polite">
        {t('pagination.status', { page, pageCount })}
      </span>
      <button
        type="button"
        className="button button--ghost"
        disabled={page >= pageCount}
        onClick={() => onPageChange(page + 1)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
