/**
 * How sure a forecast is, asked of it: "how confident is that forecast, whats the range", "how
 * reliable is the forecast for q1", "forecast best and worst case?". The forecast skill gives the
 * range (won + commit, best case, the whole pipeline) and the bookings forecast's 80%/95% intervals;
 * how the forecast is made ("how is the forecast calculated") is the documentation's question.
 */

const FORECAST = /\bforecast(?:s|ed|ing)?\b|\bprojections?\b/;
/** Words of how sure, or of the spread around the figure. */
const HOW_SURE =
  /\bhow\s+(?:confident|sure|certain|reliable|accurate|solid|firm|realistic)\b|\b(?:confidence|uncertainty|uncertain|ranges?|intervals?|margin\s+of\s+error|error\s+bars?|upside|downside|worst[-\s]case|low\s+and\s+high|high\s+and\s+low|low\s+end|high\s+end)\b/;
/** How forecasting works or is made: the documentation's answer, not this forecast's range. */
const HOW_IT_IS_MADE =
  /\bhow\s+(?:is|are|does|do|did)\s+(?:\w+\s+){0,4}(?:calculated|computed|made|built|worked\s+out|generated|work|done)\b|\bcalculat\w*|\bmethod(?:ology)?\b|\bwhat\s+is\s+a\b|\bbased\s+on\b|\bcomes?\s+from\b/;

/** True when the message asks how sure a forecast is or what its range is. */
export function asksForecastConfidence(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  return FORECAST.test(lower) && HOW_SURE.test(lower) && !HOW_IT_IS_MADE.test(lower);
}
