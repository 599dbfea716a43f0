import type { MessageBundle } from '@shanhai/web/shared';
import type { BACKOFFICE_NS } from './shell/backoffice-messages';
import type { AID_DASHBOARD_NS } from './aid-dashboard/dashboard-messages';
import type { AID_IMPORTS_NS } from './aid-imports/imports-messages';
import type { INDICATORS_NS } from './indicators/indicators-messages';
import type { CONSOLE_NS } from './console/console-messages';
import type { AID_PERIODS_NS } from './aid-periods/periods-messages';

/** The back office's namespaces; both languages are chunks that load with the pages that use them. */
export const backofficeMessageBundles: readonly MessageBundle[] = [
  {
    namespace: 'backoffice' satisfies typeof BACKOFFICE_NS,
    messages: {
      'zh-CN': () => import('./shell/backoffice-messages').then((m) => m.backofficeMessages),
      en: () => import('./shell/backoffice-messages-en').then((m) => m.backofficeMessagesEn),
    },
  },
  {
    namespace: 'aidDashboard' satisfies typeof AID_DASHBOARD_NS,
    messages: {
      'zh-CN': () => import('./aid-dashboard/dashboard-messages').then((m) => m.dashboardMessages),
      en: () => import('./aid-dashboard/dashboard-messages-en').then((m) => m.dashboardMessagesEn),
    },
  },
  {
    namespace: 'aidImports' satisfies typeof AID_IMPORTS_NS,
    messages: {
      'zh-CN': () => import('./aid-imports/imports-messages').then((m) => m.importsMessages),
      en: () => import('./aid-imports/imports-messages-en').then((m) => m.importsMessagesEn),
    },
  },
  {
    namespace: 'aidIndicators' satisfies typeof INDICATORS_NS,
    messages: {
      'zh-CN': () => import('./indicators/indicators-messages').then((m) => m.indicatorsMessages),
      en: () => import('./indicators/indicators-messages-en').then((m) => m.indicatorsMessagesEn),
    },
  },
  {
    namespace: 'aidPeriods' satisfies typeof AID_PERIODS_NS,
    messages: {
      'zh-CN': () => import('./aid-periods/periods-messages').then((m) => m.periodsMessages),
      en: () => import('./aid-periods/periods-messages-en').then((m) => m.periodsMessagesEn),
    },
  },
  {
    namespace: 'console' satisfies typeof CONSOLE_NS,
    messages: {
      'zh-CN': () => import('./console/console-messages').then((m) => m.consoleMessages),
      en: () => import('./console/console-messages-en').then((m) => m.consoleMessagesEn),
    },
  },
];
