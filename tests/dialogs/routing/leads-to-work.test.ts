import { marketingIntentOf } from '../../../src/dialogs/routing/marketing-questions';

// Issue 19 (eighth round, W4c): which of one's leads to work on is the open leads ranked by their
// chance to convert, not deals by win chance. Paraphrases and wordings that must not read as one.
describe('leads to work on', () => {
  it.each([
    'my leads to work on',
    'which leads should i work on today',
    'what leads should i chase this week',
    'which of my leads should i call first',
    'my hottest leads',
    'best leads to follow up with',
    'which leads are worth going after',
    'what leads should i focus on',
  ])('"%s" ranks the open leads', (text) => {
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    // Deals, not leads.
    'which deals should i work on',
    'my top deals',
    'what should i focus on this week',
    // "top leads" is the top-leads skill's ranking (of lead records since the ninth round), not marketing's.
    'my top leads?',
    'top leads for my team',
    // A lead to create, or the word as a verb.
    'new lead: john smith from hooli',
    'who should lead the call with globex',
  ])('"%s" is not a ranking of leads', (text) => {
    expect(marketingIntentOf(text)).toBeUndefined();
  });
});
