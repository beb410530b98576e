import { ianaTimeZone, timeZoneNamed } from '../../src/vocabulary/time-zones';

describe('time zones as people name them', () => {
  it.each([
    ['europe/london', 'Europe/London'],
    ['Europe/London', 'Europe/London'],
    ['london', 'Europe/London'],
    ['London time', 'Europe/London'],
    ['new york', 'America/New_York'],
    ['America/new_york', 'America/New_York'],
    ['pacific time', 'America/Los_Angeles'],
    ['PST', 'America/Los_Angeles'],
    ['eastern', 'America/New_York'],
    ['US central time', 'America/Chicago'],
    ['UTC', 'UTC'],
    ['gmt', 'UTC'],
    ['CET', 'Europe/Berlin'],
    ['são paulo', 'America/Sao_Paulo'],
    ['the tokyo time zone', 'Asia/Tokyo'],
    ['berlin.', 'Europe/Berlin'],
  ])('"%s" is %s', (words, zone) => {
    expect(timeZoneNamed(words)).toBe(zone);
  });

  it.each(['mars', 'europe/londn', 'acme', '', 'time zone', 'next friday', '../../etc/passwd'])(
    '"%s" names no time zone',
    (words) => {
      expect(timeZoneNamed(words)).toBeUndefined();
    },
  );

  it('spells an IANA name as the runtime lists it, and refuses what is not one', () => {
    expect(ianaTimeZone('asia/tokyo')).toBe('Asia/Tokyo');
    expect(ianaTimeZone('Not/AZone')).toBeUndefined();
    expect(ianaTimeZone('Europe/London; drop table')).toBeUndefined();
  });
});
