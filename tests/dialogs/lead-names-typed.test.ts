import { leadDraftFrom } from '../../src/dialogs/intents/crm-write-requests';
import type { Understanding } from '../../src/dialogs/routing/understanding';

// Issue 19 (tenth round, W7-B): a new lead's name typed in lower case straight after "lead", with no
// colon or "named" ("new lead tom baker from blueorbit, tom@blueorbit.io"). Wordings and negatives.
const asked: Understanding = { intent: 'create_lead', confidence: 1 };
const nameOf = (text: string) => leadDraftFrom(text, asked).name;

describe('a lead named in lower case right after "lead"', () => {
  it.each([
    ['new lead tom baker from blueorbit, tom@blueorbit.io', 'Tom Baker'],
    ['add a lead priya shah at hooli, priya@hooli.com', 'Priya Shah'],
    ['new lead maria lopez, nordlys, maria@nordlys.no', 'Maria Lopez'],
    ['create lead jan de vries from acme', 'Jan De Vries'],
    ['lead ana ruiz at fabrikam, +44 20 7946 0000', 'Ana Ruiz'],
    ["new lead dan o'neil with initech", "Dan O'Neil"],
  ])('"%s" names %s', (text, name) => {
    expect(nameOf(text)).toBe(name);
  });

  it.each([
    'new lead from the webinar',
    'new lead at hooli',
    'new lead for hooli, from the webinar',
    'new lead please, tom@x.io',
    'new lead today from web',
    'new lead',
  ])('"%s" names nobody', (text) => {
    expect(nameOf(text)).toBeUndefined();
  });
});
