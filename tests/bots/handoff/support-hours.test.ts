import { supportHoursCheck } from '../../../src/bots/handoff/support-hours';

describe('SUPPORT_HOURS', () => {
  it('is open on the listed days and hours in the time zone, and closed otherwise', () => {
    const open = supportHoursCheck('Mon-Fri 09:00-17:00', 'Europe/Berlin');
    expect(open(new Date('2026-03-16T08:30:00Z'))).toBe(true); // Monday 09:30 in Berlin
    expect(open(new Date('2026-03-16T07:30:00Z'))).toBe(false); // Monday 08:30 in Berlin
    expect(open(new Date('2026-03-16T16:00:00Z'))).toBe(false); // Monday 17:00 in Berlin
    expect(open(new Date('2026-03-15T10:00:00Z'))).toBe(false); // Sunday
    const weekend = supportHoursCheck('Sat,Sun 10:00-12:00', 'UTC');
    expect(weekend(new Date('2026-03-15T11:00:00Z'))).toBe(true);
    expect(weekend(new Date('2026-03-16T11:00:00Z'))).toBe(false);
  });

  it('is always open when unset, and names the variable when it cannot read it', () => {
    expect(supportHoursCheck(undefined, 'UTC')(new Date())).toBe(true);
    expect(() => supportHoursCheck('weekdays 9 to 5', 'UTC')).toThrow(/SUPPORT_HOURS/);
    expect(() => supportHoursCheck('Mon-Fri 17:00-09:00', 'UTC')).toThrow(/SUPPORT_HOURS/);
  });
});
