import { Link } from 'react-router';
import { Alert, Card, Col, Empty, Row, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState, useLocalized } from '@shanhai/web/shared';
import { formatYuan } from '../../format/money';
import { usePortalHome } from '../api/portal-api';
import { PORTAL_NS } from '../shell/portal-messages';

/** `/co`: what needs doing, each count a card that opens the page where it is done. */
export function PortalHomePage() {
  const { t } = useTranslation(PORTAL_NS);
  const localize = useLocalized();
  const home = usePortalHome();
  if (home.isPending)
    return (
      <div className="bo-centre">
        <Spin size="large" />
      </div>
    );
  if (home.isError)
    return <ErrorState error={home.error} ns={PORTAL_NS} onRetry={() => void home.refetch()} />;
  const h = home.data;
  const cards = [
    { key: 'toShip', to: '/co/orders', value: h.toShip },
    { key: 'lowStock', to: '/co/products', value: h.lowStock.length },
    { key: 'expiring', to: '/co/certificates', value: h.expiringCertificates.length },
    {
      key: 'pendingReview',
      to: '/co/products',
      value: h.pendingReview.products + h.pendingReview.certificates,
    },
  ] as const;
  return (
    <div className="co-page">
      <title>{t('documentTitle', { page: t('home.title') })}</title>
      <Typography.Title level={1}>{localize(h.cooperative.name)}</Typography.Title>
      {h.cooperative.status !== 'approved' && (
        <Alert type="warning" showIcon title={t(`home.cooperativeStatus.${h.cooperative.status}`)} />
      )}
      <Row gutter={[16, 16]} className="co-cards">
        {cards.map((card) => (
          <Col xs={24} sm={12} lg={8} key={card.key}>
            <Link to={card.to} className="co-card-link" data-testid={`home-${card.key}`}>
              <Card hoverable>
                <Statistic title={t(`home.cards.${card.key}`)} value={card.value} />
              </Card>
            </Link>
          </Col>
        ))}
        <Col xs={24} sm={12} lg={8}>
          <Link to="/co/payouts" className="co-card-link" data-testid="home-sales">
            <Card hoverable>
              <Statistic
                title={t('home.cards.sales', { month: h.thisMonth.month, orders: h.thisMonth.orders })}
                value={formatYuan(h.thisMonth.salesFen)}
              />
            </Card>
          </Link>
        </Col>
      </Row>
      <Row gutter={[16, 16]} className="co-cards">
        <Col xs={24} lg={12}>
          <Card title={t('home.lowStockList')}>
            {h.lowStock.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.nothing')} />
            ) : (
              <ul className="co-lines">
                {h.lowStock.map((item) => (
                  <li key={item.variantId}>
                    {localize(item.productName)} · {item.sku} ·{' '}
                    {t('home.available', { count: item.available })}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('home.expiringList')}>
            {h.expiringCertificates.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.nothing')} />
            ) : (
              <ul className="co-lines">
                {h.expiringCertificates.map((item) => (
                  <li key={item.number}>
                    {localize(item.productName)} · {item.number} · {t('home.validTo', { date: item.validTo })}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
