import type { MessagesOf } from '@shanhai/web/shared';
import type { PeriodsMessages } from './periods-messages';

export const periodsMessagesEn: MessagesOf<PeriodsMessages> = {
  title: 'Periods and adjustments',
  lead: 'Once a month is closed, nothing more is written into it (the database itself refuses). A mistake found later is corrected by an adjustment in the current month, with its reason. Closes and adjustments are written to the audit log.',
  close: {
    title: 'Close a month',
    month: 'Month to close',
    pick: 'Choose a month that has ended',
    submit: 'Close',
    confirm: 'Close {{month}}? This cannot be undone: nothing more can be written into that month.',
    ok: 'Close the month',
    cancel: 'Cancel',
    done: '{{month}} is closed.',
    nothing: 'No month can be closed.',
  },
  list: {
    title: 'Closed months',
    month: 'Month',
    closedAt: 'Closed at',
    closedBy: 'By',
    empty: 'No month has been closed yet.',
  },
  adjust: {
    title: 'Record an adjustment',
    hint: 'Adjustments go into the current month. The amount may be negative (-1280.50 reduces by 1,280.50 yuan).',
    amount: 'Amount (yuan)',
    reason: 'Reason',
    reasonPlaceholder: 'e.g. a group purchase missing from the exhibition centre’s September file',
    channel: 'Channel',
    submit: 'Record the adjustment',
    done: 'Adjustment of {{amount}} recorded in {{period}}.',
  },
  validation: {
    amountRequired: 'Enter an amount.',
    amountInvalid: 'The amount is in yuan with at most two decimals, such as 1280.50 or -35.',
    amountZero: 'The amount must not be zero.',
    amountTooLarge: 'That amount is too large; check it.',
    reasonRequired: 'Say why.',
    reasonLength: 'The reason takes 5 to 200 characters.',
    channelRequired: 'Choose a channel.',
  },
};
