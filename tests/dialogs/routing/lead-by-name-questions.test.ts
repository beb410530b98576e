import { leadNameOf, marketingIntentOf } from '../../../src/dialogs/routing/marketing-questions';

describe("one person's chance to convert, as a lead", () => {
  it.each([
    'whats the chance Hugo Andersson converts',
    'how likely is hugo andersson to convert?',
    'will Hugo Andersson convert',
    "what's Hugo Andersson's conversion score",
    'conversion probability for Hugo Andersson',
    'odds that hugo andersson converts?',
    'whats the likelihood the lead Hugo Andersson converts',
  ])('"%s" asks about the lead Hugo Andersson', (text) => {
    expect(leadNameOf(text)?.toLowerCase()).toBe('hugo andersson');
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    "what's the win chance of the globex deal",
    'will the globex deal close this month',
    'will they convert',
    'how likely are our qualified leads to convert',
    'what are the chances we hit target this quarter',
    'is it going to rain',
    'how likely is acme to churn',
  ])('"%s" names no lead by a person\'s name', (text) => {
    expect(leadNameOf(text)).toBeUndefined();
  });
});
