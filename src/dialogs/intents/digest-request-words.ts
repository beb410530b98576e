import type { DigestChannel, DigestKind } from '../../vocabulary/digest';

/** The digest a message names (the forecast one unless it says otherwise). */
export function digestKindOf(text: string): DigestKind | undefined {
  if (/\baccounts? to call\b|\bcall list\b/i.test(text)) return 'accounts-to-call';
  if (/\bsegment/i.test(text)) return 'segment-movement';
  if (/\bforecast\b/i.test(text)) return 'forecast';
  return undefined;
}

/** The channel a message names, if any. */
export function digestChannelOf(text: string): DigestChannel | undefined {
  if (/\bslack\b/i.test(text)) return 'slack';
  if (/\bteams\b/i.test(text)) return 'teams';
  return undefined;
}

/**
 * The schedule words of a message, as the subscribe skill reads them: "every weekday at 8am",
 * "daily at 7:30", "on mondays at 9". A time alone ("at 7am") keeps the kind's usual days.
 */
export function digestScheduleOf(text: string, kind: DigestKind): string | undefined {
  const said = text.toLowerCase();
  const time = /\bat (\d{1,2}(?:[:.h]\d{2})? ?(?:am|pm)?)\b/.exec(said)?.[1];
  const days =
    /\b(weekdays?|daily|every ?day|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekly)\b/.exec(
      said,
    )?.[1];
  if (!time && !days) return undefined;
  const dayWords = days ?? (kind === 'forecast' ? 'weekdays' : 'mondays');
  return time ? `${dayWords} at ${time}` : dayWords;
}
