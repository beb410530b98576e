/** A word of how sure, between the asker and the verb: "what am i realistically gonna land". */
const SURE = String.raw`(?:(?:realistically|really|actually|probably|honestly)\s+)?`;
/**
 * Asking what will close, in words other than "forecast": "how much am I on track to close by the
 * end of the year", "what are we projected to book this quarter", "what do we expect to land in Q1",
 * "how much will the team close this month". Targets and quotas ("are we on track to hit target")
 * are the sales-target answer's, and are read before this.
 */
const FORECAST_ASK =
  /\b(?:on track|on pace|on course|projected|forecasted|predicted|expected|expecting|expect|likely|going)\s+to\s+(?:actually\s+)?(?:close|land|book|bring in|sign|win)\b|\bprojections?\b|\bprojected\s+(?:bookings|revenue|close)\b/;
/** "how much will i realistically close in q1", "what can we realistically land this quarter". */
const HOW_MUCH_ASK = new RegExp(
  String.raw`\b(?:how much\s+(?:will|would|can|could)\s+(?:i|we|the team|my team|\w+)|what\s+(?:will|would|can|could)\s+(?:i|we|the team|my team|our team))\s+${SURE}(?:close|land|book|bring in|sign)\b`,
);
/** Said casually: "what am i gonna close this qtr", "what will my team land this month" (never "what did i close"). */
const CASUAL_FORECAST_ASK = new RegExp(
  String.raw`\b(?:i|we|team|you)\s+${SURE}gonna\s+(?:actually\s+)?(?:close|land|book|bring in|sign|win)\b|\bwhat(?:\s+will|'ll)\s+(?:i|we|the team|my team|our team)\s+${SURE}(?:close|land|book|bring in|sign|win)\b`,
);
/** Words of a target, a quota, one deal's chance or its day ("when is it expected to close"): not a forecast of the pipeline. */
const NOT_FORECAST =
  /\b(?:target|quota|goal|number|rank|chance|probability|most likely|when)\b|\b(?:which|what)\s+(?:\w+\s+){0,2}(?:deals?|opps?|opportunities|ones)\b/;

/** A quarter, a half, a month or the year, this one or one ahead ("next quarter", "q1", "the rest of the year", "january"). */
const PERIOD_AHEAD = String.raw`(?:the\s+)?(?:rest\s+of\s+(?:the\s+)?)?(?:(?:this|next|the\s+next|coming|the\s+coming|upcoming)\s+)?(?:quarter|qtr|half|month|year)|q[1-4](?:\s+20\d\d)?|h[12](?:\s+20\d\d)?|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|august|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
/**
 * How a period looks, asked in the present: "what does next quarter look like for us", "how's q1
 * looking", "how is next month shaping up", "how does january look". A past period ("what did last
 * quarter look like", "last month") or a day or a week (the calendar's) is not a forecast.
 */
const PERIOD_OUTLOOK = new RegExp(
  String.raw`\b(?:what\s+(?:does|will)\s+(?:${PERIOD_AHEAD})\s+look\s+like|how(?:'s|s|\s+is|\s+does|\s+will)\s+(?:${PERIOD_AHEAD})\s+(?:look(?:ing)?|shaping\s+up)|what(?:'s|s|\s+is)\s+(?:${PERIOD_AHEAD})\s+looking\s+like)\b`,
);

/**
 * A forecast category's number, sales talk for the forecast call: "whats my commit number for the
 * quarter", "our best case figure this month", "upside number" (not a deal's commit, not the target).
 */
const CATEGORY_NUMBER = /\b(?:commit|best[- ]case|upside)\s+(?:number|figure|call)\b/;

/** True when the message asks what the pipeline will bring in over a period (the forecast skill's answer). */
export function isForecastAsk(text: string): boolean {
  const lower = text.toLowerCase();
  if (CATEGORY_NUMBER.test(lower)) return true;
  return (
    (FORECAST_ASK.test(lower) ||
      HOW_MUCH_ASK.test(lower) ||
      CASUAL_FORECAST_ASK.test(lower) ||
      PERIOD_OUTLOOK.test(lower)) &&
    !NOT_FORECAST.test(lower)
  );
}
