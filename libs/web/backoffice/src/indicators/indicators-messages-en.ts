import type { MessagesOf } from '@shanhai/web/shared';
import type { IndicatorsMessages } from './indicators-messages';

export const indicatorsMessagesEn: MessagesOf<IndicatorsMessages> = {
  title: 'Indicators & targets',
  lead: 'Reported figures (such as the sales reported in the article) and targets are kept as data, with their source and period; the dashboard’s opening balance and target progress come from here.',
  list: {
    title: 'Indicators',
    empty: 'No indicators yet.',
    key: 'Key',
    kind: 'Kind',
    label: 'Name',
    value: 'Value',
    period: 'Period',
    source: 'Source',
  },
  kinds: {
    reported: 'Reported',
    target: 'Target',
  },
  units: {
    fen: 'Amount',
    count: 'Count',
    percent: 'Percentage',
    people: 'People',
    projects: 'Projects',
  },
  form: {
    title: 'Add a reported figure or a target',
    kind: 'Kind',
    key: 'Key',
    keyHint:
      'Starts with a lower-case letter; lower-case letters, digits and underscores only, e.g. aid_sales_target_2026',
    labelZh: 'Name in Chinese',
    labelEn: 'Name in English',
    unit: 'Unit',
    value: 'Value',
    valueMoney: 'Amount (yuan)',
    valueMoneyHint: 'In yuan, at most two decimals, e.g. 60000000 or 1280.50',
    periodStart: 'Start date',
    periodEnd: 'End date',
    source: 'Source',
    sourceHint: 'The document, article or minutes it comes from',
    submit: 'Save',
    saved: 'Saved “{{label}}”.',
    otherProblems: 'The server did not accept:',
  },
  validation: {
    required: 'Please fill this in.',
    invalid: 'This is not in the right form; please check it.',
    tooLong: 'At most {{limit}} characters.',
    taken: 'Already in use; choose another.',
    key: {
      invalid: '3–80 characters: a lower-case letter first, then lower-case letters, digits and underscores.',
      taken: 'This key is already in use; choose another.',
    },
    value: {
      invalid:
        'Enter a value of 0 or more; amounts with at most two decimals, counts whole, percentages with at most four decimals.',
      money: 'Enter an amount in yuan with at most two decimals, e.g. 1280.50.',
      number: 'Enter a number, e.g. 1742 or 95.33.',
    },
    periodStart: { invalid: 'Choose the start date.' },
    periodEnd: { invalid: 'The end date cannot be before the start date.' },
    source: { required: 'Say where the figure comes from (at least 2 characters).' },
  },
};
