import cron from 'node-cron';
import { CrmError, ErrorCode } from '../../core/errors';

/** A schedule as cron reads it, with the words it came from. */
export interface DigestSchedule {
  cron: string;
  /** Normalised wording, e.g. "weekdays 08:00". */
  schedule: string;
}

const DAYS: Record<string, string> = {
  weekdays: '1-5',
  weekday: '1-5',
  daily: '*',
  'every day': '*',
  everyday: '*',
  mondays: '1',
  monday: '1',
  tuesdays: '2',
  tuesday: '2',
  wednesdays: '3',
  wednesday: '3',
  thursdays: '4',
  thursday: '4',
  fridays: '5',
  friday: '5',
  weekly: '1',
};

/**
 * Reads a schedule as people write it — "weekdays 08:00", "every weekday at 8am", "daily 7:30",
 * "mondays at 9", "weekly" (Mondays) — or a five-field cron expression ("0 8 * * 1-5"). The time is
 * the subscriber's local time; the time zone is kept beside it. INVALID_INPUT names what it reads.
 */
export function parseDigestSchedule(text: string): DigestSchedule {
  const said = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^[\d*/,-]+( [\d*/,-]+){4}$/.test(said)) {
    if (!cron.validate(said))
      throw new CrmError(ErrorCode.InvalidInput, `"${text}" is not a valid cron expression.`);
    return { cron: said, schedule: said };
  }
  const match =
    /^(?:every )?(weekdays?|daily|every day|everyday|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekly)(?:,? (?:at )?(\d{1,2})(?:[:.h](\d{2}))? ?(am|pm)?)?$/.exec(
      said,
    );
  if (!match)
    throw new CrmError(
      ErrorCode.InvalidInput,
      `I can't read the schedule "${text}": say e.g. "weekdays 08:00", "daily 7:30", "mondays at 9am" or a cron expression such as "0 8 * * 1-5".`,
    );
  let hour = match[2] === undefined ? 8 : Number(match[2]);
  const minute = match[3] === undefined ? 0 : Number(match[3]);
  if (match[4] === 'pm' && hour < 12) hour += 12;
  if (match[4] === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59)
    throw new CrmError(ErrorCode.InvalidInput, `"${text}" names a time that does not exist.`);
  const days = DAYS[match[1]!]!;
  const hhmm = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const word = days === '1-5' ? 'weekdays' : days === '*' ? 'daily' : `${dayName(days)}s`;
  return { cron: `${minute} ${hour} * * ${days}`, schedule: `${word} ${hhmm}` };
}

/** INVALID_INPUT unless the zone is in the IANA database (as Intl knows it). */
export function assertTimeZone(timezone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `"${timezone}" is not a time zone: use an IANA name such as Europe/Paris or America/New_York.`,
    );
  }
}

function dayName(cronDay: string): string {
  return ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][Number(cronDay)]!;
}
