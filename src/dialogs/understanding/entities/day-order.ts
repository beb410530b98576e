/**
 * Time zones of the places that write a date month first ("12/31"): the United States (and the zones
 * it shares with no one), the Philippines, and UTC, the zone of a user whose place we do not know,
 * where the date library's own reading (month first) is kept. Everywhere else the day comes first
 * ("31/12"). A user record has a time zone and no locale, so the zone stands in for the locale.
 */
const MONTH_FIRST_ZONES =
  /^(?:America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Adak|Boise|Detroit|Juneau|Menominee|Metlakatla|Nome|Sitka|Yakutat|Indiana\/\w+|Kentucky\/\w+|North_Dakota\/\w+)|US\/\w+|Pacific\/Honolulu|Asia\/Manila|UTC|Etc\/\w+|GMT)$/;

/** Whether a user in `timeZone` means the month first in an all-digit date whose two numbers both fit a month. */
export function monthComesFirstIn(timeZone: string): boolean {
  return MONTH_FIRST_ZONES.test(timeZone);
}
