/**
 * Issue 19, sixteenth round (w17f): a target said in the conversation ("our number is 3M in usd for
 * Q4, whats the gap", "quota is 500k", "we need to close $2.5M"), for the forecast to be set against
 * it; and what states no target.
 */
import { statedTargetOf } from '../../../src/dialogs/understanding/stated-target';

describe('a target stated in the conversation', () => {
  it.each([
    ['our number is 3M in usd for Q4, whats the gap', 3_000_000, 'USD'],
    ['quota is 500k this quarter, how far off am i', 500_000, undefined],
    ['we need to close $2.5M this quarter', 2_500_000, 'USD'],
    ['target of €400k for q1 - where are we', 400_000, 'EUR'],
    ["our q4 target's £1.2m, how are we doing", 1_200_000, 'GBP'],
    ['the target for q4 is 3,000,000 usd', 3_000_000, 'USD'],
    ['my quota = 750k', 750_000, undefined],
    ['we gotta hit 2 million this quarter, whats the gap', 2_000_000, undefined],
    ['OUR NUMBER IS 3M', 3_000_000, undefined],
  ])('"%s" → %d %s', (text, amount, currency) => {
    expect(statedTargetOf(text)).toEqual({ amount, ...(currency ? { currency } : {}) });
  });

  it.each([
    "what's our number this quarter",
    'we need 3 more demos',
    'whats our target for q4',
    'how far are we from quota',
    'deals over 3M',
    'the case number is 1203',
    'we have 3 deals in negotiation',
    'what is the phone number of acme',
  ])('"%s" states no target', (text) => {
    expect(statedTargetOf(text)).toBeUndefined();
  });
});
