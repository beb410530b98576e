import { asksForecastConfidence } from '../../../src/dialogs/understanding/forecast-confidence';

// Issue 19, eleventh round (w9h): a forecast's confidence and range asked of it are the forecast's
// figures (won + commit, best case, pipeline, the bookings intervals), not an account to pick.
describe('how sure a forecast is, asked in other words', () => {
  it.each([
    'how confident is that forecast, whats the range',
    'how sure are you about the forecast',
    "whats the range on this quarter's forecast",
    "give me the forecast's confidence interval",
    'how reliable is the forecast for q1',
    'forecast best and worst case?',
    "what's the uncertainty in our forecast",
    'upside and downside of the team forecast',
    'how accurate is the projection for next quarter',
  ])('"%s" asks how sure the forecast is', (text) => {
    expect(asksForecastConfidence(text)).toBe(true);
  });

  it.each([
    'how is the forecast calculated and how sure can i be of it',
    'how does forecasting work',
    'forecast this quarter',
    'how confident is the model about the acme deal',
    "what's the price range of the plans",
    'deals in the 50k to 100k range',
    'what is a forecast category',
    'what methodology does the forecast use, how accurate is it',
    "how does the forecast actually get worked out, what's the range based on?",
    'where does the forecast range come from',
  ])('"%s" does not', (text) => {
    expect(asksForecastConfidence(text)).toBe(false);
  });
});
