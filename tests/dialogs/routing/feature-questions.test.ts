import { asksAboutOwnUse, asksAboutRatherThanRequests } from '../../../src/dialogs/routing/feature-questions';

describe('questions about a feature versus requests to use it', () => {
  // Questions ABOUT each write route: digests, tasks, logging, leads, deal stages, targets.
  it.each([
    'when does the forecast digest arrive in teams',
    'what time does the forecast digest come out',
    'does the digest include deals at risk',
    'how does the forecast digest work',
    'is the digest sent on weekends?',
    'can the digest go to a slack channel',
    'who gets the forecast digest',
    'how do i unsubscribe from the digest',
    'what happens if i stop the digest',
    'so when do i get my forecast digest?',
    'can crmpro create tasks from emails',
    'does crmpro log my calls automatically',
    'when i log a meeting does it update the deal',
    'how are new leads created',
    'does moving a deal to negotiation notify my manager',
    'who sets the team target',
    'can you tell me when the digest is sent',
    'could you explain how logging a call works',
  ])('"%s" asks about a feature', (text) => {
    expect(asksAboutRatherThanRequests(text)).toBe(true);
  });

  // Requests, imperative or polite: they may write (after the dialog's confirmation).
  it.each([
    'send me the forecast digest every weekday at 8am',
    'can you send me the forecast digest every morning',
    'could you please subscribe me to the digest',
    'would you mind stopping the digest',
    'can i get the forecast digest in slack?',
    'could we have the segment digest on mondays',
    'stop the digest',
    'remind me to call acme tomorrow',
    'can you remind me to call acme tomorrow',
    'log a call with initech: discussed renewal',
    'new lead: Mia Sorensen, Nordlys AS, mia@nordlys.no',
    'move the globex deal to negotiation',
    'please set the enterprise target for 2027-Q1 to 1.2M',
  ])('"%s" asks for it to be done', (text) => {
    expect(asksAboutRatherThanRequests(text)).toBe(false);
  });

  it('tells questions about the caller\'s own use ("my digest", "am I subscribed") from general ones', () => {
    expect(asksAboutOwnUse('when do i get my forecast digest')).toBe(true);
    expect(asksAboutOwnUse('am i subscribed to the digest')).toBe(true);
    expect(asksAboutOwnUse('do i get the digest on weekends')).toBe(true);
    expect(asksAboutOwnUse('when does the forecast digest arrive in teams')).toBe(false);
    expect(asksAboutOwnUse('how do i unsubscribe from the digest')).toBe(false);
  });
});
