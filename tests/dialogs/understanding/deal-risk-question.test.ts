import { namedDealRiskOf } from '../../../src/dialogs/understanding/deal-risk-question';
import { asksForecastAgainstTarget } from '../../../src/dialogs/intents/forecast-against-target';
import { isDataSizeQuestion } from '../../../src/dialogs/routing/profile-requests';

// Issue 19, twentieth round (w21c): why one named deal is at risk, a forecast against the saved
// target, and a count of accounts by status that is no data profile; wordings of our own.
describe("one named deal's risks", () => {
  it.each([
    ['why is the bennett medical deal at risk', 'bennett medical'],
    ['whats wrong with the acme multi-year renewal q4 2026 (3)', 'acme multi-year renewal q4 2026 (3)'],
    ['why is the liberty advisory deal flagged', 'liberty advisory'],
    ['how come the globex pilot is showing as at risk?', 'globex pilot'],
    ['what are the risks on the initech deal', 'initech'],
    ["what's the problem with our hooli expansion", 'hooli expansion'],
    ['so why is that umbrella renewal in trouble', 'umbrella renewal'],
  ])('"%s" asks the risks of "%s"', (text, words) => {
    expect(namedDealRiskOf(text)).toBe(words);
  });

  it.each([
    'why is acme at risk',
    'why are my deals at risk',
    'which deals are at risk',
    'whats wrong with the pipeline',
    'why are these deals flagged',
    "what's wrong with acme",
    'what are the risks of the forecast this quarter',
    'whats going on with wayne enterprises their deal and who do i talk to there',
    "what's up with the acme deal",
    'whats wrong with the globex deal and who owns it',
  ])('"%s" names no one deal', (text) => {
    expect(namedDealRiskOf(text)).toBeUndefined();
  });
});

describe('a forecast against the saved target', () => {
  it.each([
    'forecast vs target q4',
    'q1 forecast against quota',
    'how does the forecast compare to our target',
    'forecast versus plan this quarter',
    'target vs forecast',
  ])('"%s"', (text) => {
    expect(asksForecastAgainstTarget(text)).toBe(true);
  });

  it.each(['forecast this quarter', 'forecast for my team in Q3', "what's the forecast for emea"])(
    '"%s" is the forecast alone',
    (text) => {
      expect(asksForecastAgainstTarget(text)).toBe(false);
    },
  );
});

describe('accounts counted by status are no data profile', () => {
  it.each([
    'how many prospects are in the CRM',
    'how many clients do we have in the crm',
    'how many partners in our database',
  ])('"%s"', (text) => {
    expect(isDataSizeQuestion(text)).toBe(false);
  });

  it.each(['how many records are in the crm', 'how big is our database'])(
    '"%s" is still the data size',
    (text) => {
      expect(isDataSizeQuestion(text)).toBe(true);
    },
  );
});
