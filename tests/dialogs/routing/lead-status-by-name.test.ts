import { leadNameOf, marketingIntentOf } from '../../../src/dialogs/routing/marketing-questions';

// Issue 19, eleventh round (W9-G): a lead named by the person's name and asked for its status or
// stage ("whats the status of the joseph turner lead", "what status is hugo andersson's lead in")
// is that lead (its conversion answer says the status). Wordings in other words, and messages that
// ask the status of something else.
describe("one lead's status, the lead named by the person's name", () => {
  it.each<[string, string]>([
    ['whats the status of the joseph turner lead', 'joseph turner'],
    ["what status is hugo andersson's lead in", 'hugo andersson'],
    ['status of lead Joseph Turner?', 'joseph turner'],
    ["what's hugo andersson's lead status", 'hugo andersson'],
    ['lead status for joseph turner', 'joseph turner'],
    ['where is the joseph turner lead at', 'joseph turner'],
    ['what stage is the hugo andersson lead in', 'hugo andersson'],
    ["whats the status on joseph turner's lead", 'joseph turner'],
  ])('"%s" asks about the lead %s', (text, name) => {
    expect(leadNameOf(text)?.toLowerCase()).toBe(name);
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    'whats the status of the acme deal',
    'what stage is the globex deal in',
    'status of my leads',
    'whats the status of case 1203',
    'lead status breakdown',
    'where is the acme deal at',
    'what status are the webinar leads in',
    'whats the status of the new lead',
    'status of the lead from the pricing guide',
  ])('"%s" names no lead by a person\'s name', (text) => {
    expect(leadNameOf(text)).toBeUndefined();
  });
});
