/**
 * A visitor's demo request with who they are in the same line (issue 19, ninth round, w5d): "id like
 * a demo for my team of 40, im maria at brightwave.io" asked "What's your name?" again. The name,
 * the company (said after "at"/"from", a web address read as its name) and the team size are kept;
 * only what is missing is asked.
 */
import { teamSizeOf, visitorDetailsInRequest } from '../../../src/dialogs/intents/visitor-details';
import { visitorLeadOptions } from '../../../src/dialogs/intents/visitor-lead-dialog';

describe('details given with a demo request, without an e-mail address', () => {
  it.each([
    [
      'id like a demo for my team of 40, im maria at brightwave.io',
      { name: 'maria', company: 'Brightwave', teamSize: 40 },
    ],
    [
      "i'd like a demo, i'm tom becker from brightlane logistics",
      { name: 'tom becker', company: 'brightlane logistics' },
    ],
    ['can we get a demo? im priya shah at northwind.com', { name: 'priya shah', company: 'Northwind' }],
    ['demo please. my name is ana lopez', { name: 'ana lopez' }],
    ['could i see a demo, we are a team of 12', { teamSize: 12 }],
    [
      "i'd like a walkthrough for about 25 people, i'm joe from acme.co",
      { name: 'joe', company: 'Acme', teamSize: 25 },
    ],
  ])('%s', (text, expected) => {
    expect(visitorDetailsInRequest(text)).toEqual(expected);
  });

  it.each(['i want a demo', "i'm interested in a demo", 'demo please', 'can i book a demo for next week?'])(
    'nothing read from the request alone: %s',
    (text) => {
      expect(visitorDetailsInRequest(text)).toBeUndefined();
    },
  );

  it('a number that counts no people is no team size', () => {
    expect(teamSizeOf('id like a demo, we sell 40 products')).toBeUndefined();
  });

  it('keeps what was given, so the dialog asks only for the e-mail address', () => {
    const options = visitorLeadOptions('demo', {
      details: visitorDetailsInRequest('id like a demo for my team of 40, im maria at brightwave.io')!,
    });
    expect(options.draft).toEqual({
      interest: 'demo',
      name: 'maria',
      company: 'Brightwave',
      notes: 'Team of 40.',
    });
  });
});
