import type { AidRollupCheckDto } from '@shanhai/shared/contracts';

/** At most this many differing keys are listed; `ok` is false whenever there is one. */
export const ROLLUP_CHECK_LIMIT = 100;

/** The check in words, one line per differing key, for the CLI and the operator's log. */
export function describeRollupCheck(check: AidRollupCheckDto): string[] {
  const entries = `${check.ledgerEntries.toLocaleString('en')} ${check.ledgerEntries === 1 ? 'entry' : 'entries'}`;
  if (check.ok) return [`The aid rollups equal a GROUP BY over the ledger (${entries}).`];
  const n = check.mismatches.length;
  const fen = (v: number | null) => (v === null ? 'none' : `${v} fen`);
  return [
    `The aid rollups differ from the ledger (${entries}) at ${n === ROLLUP_CHECK_LIMIT ? `the first ${n}` : n} key(s), as period|channel|kind|category|township|village|cooperative:`,
    ...check.mismatches.map((m) => `  ${m.key}: rollup ${fen(m.rollupFen)}, ledger ${fen(m.ledgerFen)}`),
  ];
}
