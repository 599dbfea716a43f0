import type { MessagesOf } from '@shanhai/web/shared';
import type { BackofficeMessages } from './backoffice-messages';

export const backofficeMessagesEn: MessagesOf<BackofficeMessages> = {
  brand: 'Shanhai Market',
  console: 'Admin console',
  documentTitle: '{{page}} · Shanhai Market admin',
  nav: {
    label: 'Admin console navigation',
    aid: 'Consumption aid',
    imports: 'Offline sales imports',
    indicators: 'Indicators & targets',
    periods: 'Periods & adjustments',
    cooperatives: 'Cooperative review',
    products: 'Product review',
    certificates: 'Aid certificates',
    orders: 'Order search',
    users: 'Users & roles',
    audit: 'Audit log',
  },
  navGroups: {
    aid: 'Consumption aid',
    catalogue: 'Cooperatives & products',
    orders: 'Orders',
    people: 'Users & audit',
  },
  header: {
    signedInAs: '{{name}} (admin)',
    backToStore: 'Back to the store',
    signOut: 'Sign out',
  },
  forbidden: {
    documentTitle: 'No access · Shanhai Market',
    title: 'You cannot open the admin console',
    body: 'The admin console is for the platform’s administrators (the Gongshu East–West cooperation office). You are signed in as {{email}}, which is not an admin account.',
    switchAccount: 'Sign in with another account',
    backToStore: 'Back to the store',
  },
  notFound: {
    title: 'Page not found',
    body: 'The admin console has no page at this address.',
    back: 'Back to the consumption-aid overview',
  },
  pageError: {
    title: 'This page failed',
    reload: 'Reload',
  },
  channels: {
    online: 'Online platform',
    exhibition_centre: '“Phoenix up the Mountain” exhibition and sales centre',
    miao_silver_shop: 'Miao Silver House shop',
    institutional: 'Institutional purchases',
    reported: 'Reported opening balance',
  },
  kinds: {
    sale: 'Sale',
    refund: 'Refund',
    offline_sale: 'Offline sale',
    opening_balance: 'Opening balance',
    adjustment: 'Adjustment',
  },
  export: {
    csv: 'CSV',
    xlsx: 'Excel',
    label: 'Export {{what}} as {{format}}',
  },
  empty: '—',
  errors: {
    UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
    FORBIDDEN: 'Your account is not an admin account.',
    NOT_FOUND: 'This could not be found.',
    PERIOD_CLOSED: 'That month is closed; nothing more can be recorded in it.',
    PERIOD_NOT_CLOSABLE: 'Only a month that has ended can be closed.',
    PERIOD_ALREADY_CLOSED: 'That month is already closed.',
    INDICATOR_KEY_TAKEN: 'This indicator key is already in use; choose another.',
    INDICATOR_NOT_FOUND: 'This indicator could not be found.',
    OPENING_BALANCE_FIXED:
      'The opening balance is in the ledger and its value cannot change; record an adjustment instead.',
    AID_IMPORT_NOT_FOUND: 'This import could not be found.',
    AID_IMPORT_FILE_TOO_LARGE:
      'The file is too large. Split it into several files (for example one per month) and upload each.',
    AID_IMPORT_UNSUPPORTED_FILE: 'Only CSV or Excel (.xlsx) files can be uploaded.',
    AID_IMPORT_EMPTY_FILE: 'The file is empty.',
    AID_IMPORT_DUPLICATE_FILE: 'This file was uploaded before; the same file is never imported twice.',
    AID_IMPORT_NOT_READY:
      'This import cannot be written to the ledger now (still being checked, has errors, or already imported). The page shows its latest state.',
    AID_IMPORT_ALREADY_IN_LEDGER:
      'Some references in the file are already in the ledger; nothing was written. Check the references.',
    HTTP_409: 'This conflicts with existing data.',
    HTTP_413: 'The file is too large.',
    HTTP_415: 'This type of file is not supported.',
  },
};
