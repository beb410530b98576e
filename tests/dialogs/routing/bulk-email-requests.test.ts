import { bulkEmailRequestOf } from '../../../src/dialogs/routing/bulk-email-requests';

/** Asking the bot to e-mail a group (a segment, an audience, the list just shown): it sends no marketing e-mail. */
describe('requests to send marketing e-mail to a group', () => {
  it.each([
    ['send them an email', {}],
    ['email them', {}],
    ['send these a newsletter', {}],
    ['add them to a campaign', {}],
    ['can you email all of them?', {}],
    ['ok shoot those an email', {}],
    ['mail everyone in that segment', {}],
    ['send a newsletter to the champions segment', { segment: 'champions' }],
    ['email the champions', { segment: 'champions' }],
    ['put these accounts into an email campaign', {}],
    ['blast the at risk customers with an email', { segment: 'at risk' }],
    ['send an email campaign to the spring audience', {}],
    ['please add everyone on this list to our newsletter', {}],
  ] as const)('%s', (text, expected) => {
    expect(bulkEmailRequestOf(text)).toEqual(expected);
  });

  it.each([
    'can we email her?',
    'what is their email',
    "what's the email of the cfo at acme",
    'export the spring audience to CSV',
    'can crmpro send out our newsletter emails',
    'does crmpro do email campaigns',
    'email me the forecast every monday',
    'send me the forecast digest',
    'i emailed them yesterday about the renewal',
    'log an email to jane at acme: sent the proposal',
    'send acme the proposal',
    'how many people are in the champions segment',
    'build an audience of champions in emea for the newsletter',
    'which leads came from the newsletter campaign',
    'add a new rep called dana white to the enterprise team',
  ])('not a request to e-mail a group: %s', (text) => {
    expect(bulkEmailRequestOf(text)).toBeUndefined();
  });
});
