import { isSalesTargetMessage } from '../../../src/dialogs/intents/sales-target-chat';
import { isForecastAsk } from '../../../src/dialogs/understanding/forecast-question';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twelfth round (W12-R): "whats my commit number for the quarter" answered the team's
// target ("No target is set"): a forecast category's number is the forecast call (won, commit, best
// case of the period), not the target line, and "for the quarter" said alone is the quarter we are in. "acme lifetime-value pls"
// was can't-help: lifetime value written with a hyphen is the account's lifetime value.
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, {
  accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
});

describe("a forecast category's number is the forecast call", () => {
  it.each([
    'whats my commit number for the quarter',
    "what's my commit number this quarter",
    'whats our commit number for the month',
    "what's our best case figure this month",
    'give me my upside number',
    'commit call for q1?',
  ])('"%s": the forecast, not the target', (text) => {
    expect(isSalesTargetMessage(text)).toBe(false);
    expect(isForecastAsk(text)).toBe(true);
  });

  it.each(["what's our number this quarter", "what's my number for the quarter", "what's the EMEA number"])(
    '"%s" is still the target',
    (text) => {
      expect(isSalesTargetMessage(text)).toBe(true);
      expect(isForecastAsk(text)).toBe(false);
    },
  );

  it.each(['my commit deals', 'move the acme deal to commit', 'what is the phone number of acme'])(
    '"%s" is no forecast call',
    (text) => {
      expect(isForecastAsk(text)).toBe(false);
    },
  );
});

describe('"for the quarter" said alone is the one we are in', () => {
  it.each([
    ['my commit deals for the quarter', '2026-10-01', '2026-12-31'],
    ['deals closing in the month', '2026-12-01', '2026-12-31'],
    ['best case deals for the year', '2026-01-01', '2026-12-31'],
  ])('"%s": closing %s – %s', (text, from, to) => {
    expect(queryOf(text)).toMatchObject({ closeFrom: from, closeTo: to });
  });

  it.each(['deals closing in the quarter before', 'deals won in the month of may'])(
    '"%s" is not the period we are in',
    (text) => {
      expect(queryOf(text)?.closeFrom ?? queryOf(text)?.closedFrom).not.toBe('2026-10-01');
    },
  );
});

describe('lifetime value written with a hyphen', () => {
  it.each(['acme lifetime-value pls', 'acme life-time-value', 'lifetime-value of acme', 'acme ltv'])(
    '"%s" is Acme\'s won deals summed',
    (text) => {
      expect(queryOf(text)).toMatchObject({ accountId: 'acc-acme', status: 'won', aggregate: 'sum' });
    },
  );
});
