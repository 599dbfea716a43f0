import { Card, Col, Progress, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AidSummaryDto } from '@shanhai/shared/contracts';
import { formatNumber, useLocale } from '@shanhai/web/shared';
import { formatYuan, headlineMoney, percentOf } from '../format/money';
import { AID_DASHBOARD_NS } from './dashboard-messages';

/** A headline sum: 万元 in Chinese (with "about" when it rounds), ¥ in English; the exact ¥ below. */
function HeadlineAmount({ fen, title, testId }: { fen: number; title: string; testId: string }) {
  const { t } = useTranslation(AID_DASHBOARD_NS);
  const money = headlineMoney(fen, useLocale());
  return (
    <div data-testid={testId} data-fen={fen}>
      <Statistic
        title={title}
        value={money.value}
        prefix={money.approximate ? t('headline.approx') : undefined}
        suffix={money.unit === 'wan' ? t('headline.wan') : undefined}
      />
      {money.unit === 'wan' && (
        <Typography.Text type="secondary" className="bo-exact">
          {t('headline.exact', { amount: money.exact })}
        </Typography.Text>
      )}
    </div>
  );
}

/**
 * The headline of consumption aid: the reported opening balance, what the platform recorded
 * since, their total against the target, and the households. The summary is never filtered; the
 * figure under the current filters comes from the breakdowns and is shown when a filter is on.
 */
export function HeadlineCards({
  summary,
  filteredFen,
}: {
  summary: AidSummaryDto | undefined;
  filteredFen: number | null;
}) {
  const { t } = useTranslation(AID_DASHBOARD_NS);
  const locale = useLocale();
  if (!summary)
    return (
      <Row gutter={[16, 16]}>
        {[0, 1, 2, 3].map((i) => (
          <Col key={i} xs={24} sm={12} xl={6}>
            <Card>
              <Skeleton active paragraph={{ rows: 1 }} />
            </Card>
          </Col>
        ))}
      </Row>
    );
  const { targetFen } = summary;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} xl={6}>
        <Card className="bo-card-fill">
          <HeadlineAmount
            fen={summary.reportedFen}
            title={t('headline.reported')}
            testId="headline-reported"
          />
          <Typography.Text type="secondary">{t('headline.reportedHint')}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card className="bo-card-fill">
          <HeadlineAmount
            fen={summary.recordedFen}
            title={t('headline.recorded')}
            testId="headline-recorded"
          />
          <Typography.Text type="secondary">{t('headline.recordedHint')}</Typography.Text>
          {filteredFen !== null && (
            <Typography.Paragraph className="bo-in-view" data-testid="headline-in-view">
              {t('headline.inView', { amount: formatYuan(filteredFen) })}
            </Typography.Paragraph>
          )}
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card className="bo-card-fill">
          <HeadlineAmount fen={summary.totalFen} title={t('headline.total')} testId="headline-total" />
          {targetFen !== null && targetFen > 0 ? (
            <div data-testid="headline-target">
              <Progress percent={percentOf(summary.totalFen, targetFen)} size="small" />
              <Typography.Text type="secondary">
                {t('headline.target', {
                  target: formatYuan(targetFen),
                  percent: percentOf(summary.totalFen, targetFen),
                })}
              </Typography.Text>
            </div>
          ) : (
            <Typography.Text type="secondary">{t('headline.noTarget')}</Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card className="bo-card-fill">
          <div data-testid="headline-households">
            <Statistic
              title={t('headline.households')}
              value={
                summary.reportedHouseholds === null ? '—' : formatNumber(summary.reportedHouseholds, locale)
              }
              suffix={summary.reportedHouseholds === null ? undefined : t('headline.householdsUnit')}
            />
          </div>
          <Typography.Text type="secondary">{t('headline.householdsHint')} · </Typography.Text>
          <Typography.Text type="secondary">
            {summary.householdsLinked === null
              ? t('headline.householdsNotLinked')
              : t('headline.householdsLinked', { count: formatNumber(summary.householdsLinked, locale) })}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
