import type { CooperativeStatus } from '@shanhai/shared/contracts';

export type CooperativeAction = 'approve' | 'reject' | 'suspend' | 'reinstate';

/**
 * The life of a seller: an application is approved or rejected (with a reason); an approved
 * seller can be suspended (with a reason) and reinstated. A rejected one applies anew.
 */
const TRANSITIONS: Record<CooperativeAction, { from: CooperativeStatus[]; to: CooperativeStatus }> = {
  approve: { from: ['pending'], to: 'approved' },
  reject: { from: ['pending'], to: 'rejected' },
  suspend: { from: ['approved'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'approved' },
};

/** The status after an action, or null when the action does not apply to the current status. */
export function cooperativeStatusAfter(current: CooperativeStatus, action: CooperativeAction): CooperativeStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(current) ? t.to : null;
}
