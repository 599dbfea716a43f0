import type { MessageBundle } from '@shanhai/web/shared';
import type { PORTAL_NS } from './shell/portal-messages';

/** The portal's words in both languages, chunks that load with the portal. */
export const portalMessageBundles: readonly MessageBundle[] = [
  {
    namespace: 'portal' satisfies typeof PORTAL_NS,
    messages: {
      'zh-CN': () => import('./shell/portal-messages').then((m) => m.portalMessages),
      en: () => import('./shell/portal-messages-en').then((m) => m.portalMessagesEn),
    },
  },
];
