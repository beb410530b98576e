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

/** Words that stop something the caller gets. */
const STOP_WORDS =
  /\b(?:stop|cancel|unsubscribe|no more|don'?t send|do not send|turn off|opt (?:me )?out|i don'?t want)\b/i;
/** The digests in other words: "the daily email", "forecast emails", "these emails you send". */
const DIGEST_IN_OTHER_WORDS =
  /\b(?:(?:daily|weekly|morning|monday|forecast|scheduled|automatic|automated)\s+(?:e-?mails?|reports?|summar(?:y|ies)|messages?|updates?)|(?:those|these|your)\s+(?:e-?mails|messages|reports)|(?:e-?mails?|messages)\s+(?:you|the bot)\s+send)\b/i;
/** Someone else's e-mails (a customer's opt-out, a campaign): not the caller's digests. */
const SOMEONE_ELSES =
  /\b(?:customers?|clients?|contacts?|leads?|they|he|she|them|their|newsletters?|campaigns?|audiences?|mailing)\b/i;

/**
 * A request to stop the caller's digests that does not say "digest" ("unsubscribe me from the
 * daily email", "no more forecast emails", "stop sending me these emails").
 */
export function isDigestStopRequest(text: string): boolean {
  return STOP_WORDS.test(text) && DIGEST_IN_OTHER_WORDS.test(text) && !SOMEONE_ELSES.test(text);
}
