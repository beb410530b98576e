import {
  leadCountOf,
  leadStatusesOf,
  marketingIntentOf,
} from '../../../src/dialogs/routing/marketing-questions';

// Issue 19, eighteenth round (w19m): "how many of last month's leads are any good? qualified or
// converted" counted the qualified leads only. Leads "any good" (good, decent, solid, worth
// anything, panned out) are the qualified and converted ones; two statuses said together
// ("qualified or converted", "qualified + converted") are counted together.
describe('leads any good, and two statuses counted together', () => {
  it.each([
    ["how many of last month's leads are any good? qualified or converted", ['qualified', 'converted'], true],
    ["were last month's leads any good?", ['qualified', 'converted'], true],
    ['How Many Good Leads Did We Get This Quarter', ['qualified', 'converted'], true],
    ['how many decent leads came in from events', ['qualified', 'converted'], true],
    ['are our leads worth anything', ['qualified', 'converted'], true],
    ['how many of our leads panned out', ['qualified', 'converted'], true],
    ['how many leads were qualified or converted last month', ['qualified', 'converted'], false],
    ['number of leads qualified + converted', ['qualified', 'converted'], false],
    ['how many leads are new or working', ['new', 'working'], false],
  ])('"%s" counts %j together', (text, statuses, quality) => {
    const counted = leadCountOf(text);
    expect(counted?.statuses).toEqual(statuses);
    expect(counted?.quality === true).toBe(quality);
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it('keeps the source said', () => {
    expect(leadCountOf('how many web leads are any good')).toMatchObject({
      source: 'web',
      statuses: ['qualified', 'converted'],
    });
  });

  it.each([
    ['how many leads got disqualified', { status: 'disqualified' }],
    ['how many of our leads have converted', { status: 'converted' }],
    ['how many leads are still new', { status: 'new' }],
    ['how many leads came in last month', {}],
  ])('"%s" keeps its one status', (text, filter) => {
    expect(leadCountOf(text)).toEqual(filter);
  });

  it.each(['show me the good leads from last month', 'which leads are any good'])(
    '"%s" lists the qualified and converted leads',
    (text) => {
      expect(leadCountOf(text)).toBeUndefined();
      expect(leadStatusesOf(text)).toEqual(['qualified', 'converted']);
    },
  );

  it.each(['is the acme deal any good', 'any good restaurants near the office', 'how good is our win rate'])(
    '"%s" is no lead count',
    (text) => {
      expect(leadCountOf(text)).toBeUndefined();
    },
  );
});
