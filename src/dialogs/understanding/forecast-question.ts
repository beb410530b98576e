/**
 * Asking what will close, in words other than "forecast": "how much am I on track to close by the
 * end of the year", "what are we projected to book this quarter", "what do we expect to land in Q1",
 * "how much will the team close this month". Targets and quotas ("are we on track to hit target")
 * are the sales-target answer's, and are read before this.
 */
const FORECAST_ASK =
  /\b(?:on track|on pace|on course|projected|forecasted|predicted|expected|expecting|expect|likely|going)\s+to\s+(?:actually\s+)?(?:close|land|book|bring in|sign|win)\b|\bhow much\s+(?:will|would|can|could)\s+(?:i|we|the team|my team|\w+)\s+(?:close|land|book|bring in|sign)\b|\bprojections?\b|\bprojected\s+(?:bookings|revenue|close)\b/;
/** Said casually: "what am i gonna close this qtr", "what will my team land this month" (never "what did i close"). */
const CASUAL_FORECAST_ASK =
  /\b(?:i|we|team|you)\s+gonna\s+(?:actually\s+)?(?:close|land|book|bring in|sign|win)\b|\bwhat(?:\s+will|'ll)\s+(?:i|we|the team|my team|our team)\s+(?:close|land|book|bring in|sign|win)\b/;
/** Words of a target, a quota or one deal's chance: not a forecast of the pipeline. */
const NOT_FORECAST =
  /\b(?:target|quota|goal|number|rank|chance|probability|most likely)\b|\b(?:which|what)\s+(?:\w+\s+){0,2}(?:deals?|opps?|opportunities|ones)\b/;

/** True when the message asks what the pipeline will bring in over a period (the forecast skill's answer). */
export function isForecastAsk(text: string): boolean {
  const lower = text.toLowerCase();
  return (FORECAST_ASK.test(lower) || CASUAL_FORECAST_ASK.test(lower)) && !NOT_FORECAST.test(lower);
}
