import type { ReactNode } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Select } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AidChannels, type AidFilter } from '@shanhai/shared/contracts';
import { useCategories, useCooperatives, useLocalized, useTownships } from '@shanhai/web/shared';
import { BACKOFFICE_NS } from '../shell/backoffice-messages';
import { activeFilterCount, type DashboardPatch } from './dashboard-query';
import { AID_DASHBOARD_NS } from './dashboard-messages';

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="bo-filter">
      <label htmlFor={id} className="bo-filter__label">
        {label}
      </label>
      {children}
    </div>
  );
}

const month = (value: string | undefined): Dayjs | null => (value ? dayjs(`${value}-01`) : null);

/**
 * The dashboard's filters. Every change goes into the URL (the page's only state), so a filtered
 * view can be reloaded, shared and gone back from.
 */
export function FilterBar({
  filter,
  ignored,
  onChange,
}: {
  filter: AidFilter;
  ignored: readonly string[];
  onChange: (patch: DashboardPatch) => void;
}) {
  const { t } = useTranslation([AID_DASHBOARD_NS, BACKOFFICE_NS]);
  const localize = useLocalized();
  const categories = useCategories().data ?? [];
  const townships = useTownships().data ?? [];
  const cooperatives = useCooperatives().data ?? [];
  const villages = townships.find((tw) => tw.slug === filter.township)?.villages ?? [];
  const all = t('filters.all');

  return (
    <Card size="small" className="bo-filters" title={t('filters.label')}>
      {ignored.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="bo-gap"
          title={t('filters.ignored', { count: ignored.length })}
        />
      )}
      <Flex wrap gap={12} align="flex-end">
        <Field id="filter-from" label={t('filters.period')}>
          <DatePicker.RangePicker
            id={{ start: 'filter-from', end: 'filter-to' }}
            picker="month"
            allowEmpty={[true, true]}
            placeholder={[t('filters.from'), t('filters.to')]}
            value={[month(filter.from), month(filter.to)]}
            onChange={(values) =>
              onChange({
                from: values?.[0]?.format('YYYY-MM') ?? null,
                to: values?.[1]?.format('YYYY-MM') ?? null,
              })
            }
          />
        </Field>
        <Field id="filter-channel" label={t('filters.channel')}>
          <Select
            id="filter-channel"
            className="bo-filter__select"
            allowClear
            placeholder={all}
            value={filter.channel ?? null}
            onChange={(value) => onChange({ channel: value ?? null })}
            options={AidChannels.map((channel) => ({
              value: channel,
              label: t(`channels.${channel}`, { ns: BACKOFFICE_NS }),
            }))}
            popupMatchSelectWidth={false}
          />
        </Field>
        <Field id="filter-category" label={t('filters.category')}>
          <Select
            id="filter-category"
            className="bo-filter__select"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={all}
            value={filter.category ?? null}
            onChange={(value) => onChange({ category: value ?? null })}
            options={categories.map((c) => ({ value: c.slug, label: localize(c.name) }))}
          />
        </Field>
        <Field id="filter-township" label={t('filters.township')}>
          <Select
            id="filter-township"
            className="bo-filter__select"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={all}
            value={filter.township ?? null}
            onChange={(value) => onChange({ township: value ?? null })}
            options={townships.map((tw) => ({ value: tw.slug, label: localize(tw.name) }))}
          />
        </Field>
        <Field id="filter-village" label={t('filters.village')}>
          <Select
            id="filter-village"
            className="bo-filter__select"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={all}
            disabled={!filter.township && !filter.village}
            value={filter.village ?? null}
            onChange={(value) => onChange({ village: value ?? null })}
            options={villages.map((v) => ({ value: v.slug, label: localize(v.name) }))}
          />
        </Field>
        <Field id="filter-cooperative" label={t('filters.cooperative')}>
          <Select
            id="filter-cooperative"
            className="bo-filter__select bo-filter__select--wide"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={all}
            value={filter.cooperative ?? null}
            onChange={(value) => onChange({ cooperative: value ?? null })}
            options={cooperatives.map((c) => ({ value: c.slug, label: localize(c.name) }))}
            popupMatchSelectWidth={false}
          />
        </Field>
        <Button
          icon={<ClearOutlined />}
          disabled={activeFilterCount(filter) === 0}
          onClick={() =>
            onChange({
              from: null,
              to: null,
              channel: null,
              category: null,
              township: null,
              village: null,
              cooperative: null,
            })
          }
        >
          {t('filters.reset')}
        </Button>
      </Flex>
    </Card>
  );
}
