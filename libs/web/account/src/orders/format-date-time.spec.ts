import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date-time';

describe('formatDateTime', () => {
  it('shows Beijing time in either language', () => {
    expect(formatDateTime('2026-03-01T08:00:00.000Z', 'zh-CN')).toBe('2026年3月1日 16:00');
    expect(formatDateTime('2026-03-01T08:00:00.000Z', 'en')).toMatch(/^Mar 1, 2026, 4:00\sPM$/);
    // Past midnight in Beijing while still the evening before in UTC.
    expect(formatDateTime('2026-03-01T17:30:00.000Z', 'zh-CN')).toBe('2026年3月2日 01:30');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDateTime('soon', 'en')).toBe('soon');
  });
});
