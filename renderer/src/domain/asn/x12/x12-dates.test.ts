import { describe, expect, it } from 'vitest';
import { toX12DateTime, x12DateTime } from './x12-dates';

describe('X12 dates and times (DTM02, DTM03, DTM04)', () => {
  it('writes a zoned date-time in UTC with time code UT, and reads it back as the same instant', () => {
    expect(toX12DateTime('2026-11-23T08:00:00Z')).toEqual({ date: '20261123', time: '080000', timeCode: 'UT' });
    expect(toX12DateTime('2026-11-23T00:30+01:00')).toEqual({ date: '20261122', time: '2330', timeCode: 'UT' });
    const { date, time, timeCode } = toX12DateTime('2026-11-23T08:15:30-05:00');
    const read = x12DateTime(date, time, timeCode).value ?? '';
    expect(new Date(read).getTime()).toBe(new Date('2026-11-23T08:15:30-05:00').getTime());
  });

  it('keeps local times and dates local, with no time code', () => {
    expect(toX12DateTime('2005-10-15T13:45')).toEqual({ date: '20051015', time: '1345', timeCode: '' });
    expect(toX12DateTime('2005-10-15')).toEqual({ date: '20051015', time: '', timeCode: '' });
    expect(x12DateTime('20051015', '1345')).toEqual({ value: '2005-10-15T13:45', timeIgnored: false });
    expect(x12DateTime('20051015', '1345', 'ET')).toEqual({ value: '2005-10-15T13:45', timeIgnored: false });
  });

  it('still refuses a time that is not a time of day', () => {
    expect(x12DateTime('20051015', '080000Z')).toEqual({ value: '2005-10-15', timeIgnored: true });
  });
});
