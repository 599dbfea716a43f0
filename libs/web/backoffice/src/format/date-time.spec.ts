import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-time';

describe('formatDateTime', () => {
  it('writes an instant in Beijing time whatever the machine’s zone', () => {
    expect(formatDateTime('2026-03-01T17:05:00.000Z', 'zh-CN')).toBe('2026/03/02 01:05');
    expect(formatDateTime('2026-03-01T17:05:00.000Z', 'en')).toBe('03/02/2026, 01:05');
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});
