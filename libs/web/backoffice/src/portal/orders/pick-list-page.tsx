import { Link } from 'react-router';
import { Button, Spin, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorState, useLocale, useLocalized } from '@shanhai/web/shared';
import { formatDateTime } from '../../format/date-time';
import { usePickList } from '../api/portal-api';
import { PORTAL_NS } from '../shell/portal-messages';

/**
 * `/co/orders/pick-list`: what to take off the shelf, then each parcel with its address and
 * contents, laid out for paper (the print stylesheet hides the portal's frame).
 */
export function PickListPage() {
  const { t } = useTranslation(PORTAL_NS);
  const localize = useLocalized();
  const locale = useLocale();
  const list = usePickList();
  if (list.isPending)
    return (
      <div className="bo-centre">
        <Spin size="large" />
      </div>
    );
  if (list.isError)
    return <ErrorState error={list.error} ns={PORTAL_NS} onRetry={() => void list.refetch()} />;
  const { picks, parcels, generatedAt } = list.data;
  return (
    <div className="co-page co-print">
      <title>{t('documentTitle', { page: t('orders.pickList') })}</title>
      <div className="co-page__head co-no-print">
        <Link to="/co/orders">{t('orders.back')}</Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('orders.print')}
        </Button>
      </div>
      <Typography.Title level={1}>{t('orders.pickList')}</Typography.Title>
      <p>{t('orders.generatedAt', { at: formatDateTime(generatedAt, locale) })}</p>
      <h2>{t('orders.picks')}</h2>
      {picks.length === 0 ? (
        <p>{t('orders.nothingToShip')}</p>
      ) : (
        <table className="co-print-table">
          <thead>
            <tr>
              <th>SKU</th>
              <th>{t('orders.columns.product')}</th>
              <th>{t('orders.columns.quantity')}</th>
              <th>✓</th>
            </tr>
          </thead>
          <tbody>
            {picks.map((p) => (
              <tr key={p.sku}>
                <td>{p.sku}</td>
                <td>
                  {localize(p.name)} · {localize(p.variantLabel)}
                </td>
                <td>{p.quantity}</td>
                <td>☐</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('orders.parcels')}</h2>
      {parcels.map((f) => (
        <section key={f.id} className="co-parcel">
          <h3>{f.orderNumber}</h3>
          {f.address && (
            <p>
              {f.address.recipient} {f.address.mobile}
              <br />
              {f.address.province} {f.address.city} {f.address.district} {f.address.street}{' '}
              {f.address.postalCode ?? ''}
            </p>
          )}
          {f.note && <p>{t('orders.note', { note: f.note })}</p>}
          <ul>
            {f.lines.map((l) => (
              <li key={l.sku}>
                {l.sku} · {localize(l.name)} · {localize(l.variantLabel)} × {l.quantity}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
