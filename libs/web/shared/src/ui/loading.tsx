import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/** A spinner with a spoken "loading" for screen readers. */
export function Spinner() {
  const { t } = useTranslation('common');
  return (
    <div className="spinner-wrap" role="status">
      <span className="spinner" aria-hidden="true" />
      <span className="visually-hidden">{t('loading')}</span>
    </div>
  );
}

/** A grey placeholder block of the size of the content to come. */
export function Skeleton({
  width,
  height,
  className,
}: {
  width?: CSSProperties['width'];
  height?: CSSProperties['height'];
  className?: string;
}) {
  return (
    <span
      className={className ? `skeleton ${className}` : 'skeleton'}
      style={{ width, height }}
      aria-hidden="true"
    />
  );
}
