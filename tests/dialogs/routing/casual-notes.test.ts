import { isCasualNote, toldTouchOf } from '../../../src/dialogs/routing/casual-notes';

describe('notes headed with their account, and touches told with verb and person', () => {
  it.each([
    'note for wayne enterprises: rebecca walker wants a security review before signing',
    'quick note on globex - budget frozen till Q2',
    'acme note: champion left',
    'notes re initech: they want SSO',
    'another note for hooli — legal is reviewing the MSA',
  ])('a note: %s', (text) => expect(isCasualNote(text)).toBe(true));

  it.each([
    'release notes: v2',
    'what are my notes on acme?',
    'note: call back',
    'how do i add a note to an account',
    'meeting notes: see attached',
  ])('no note: %s', (text) => expect(isCasualNote(text)).toBe(false));

  it.each([
    ['emailed Jane Cooper the revised quote for initech', 'Jane Cooper', 'the revised quote for initech'],
    ['just met with kevin adams, they want a demo', 'kevin adams', 'they want a demo'],
    ['i spoke to jane about pricing', 'jane', 'about pricing'],
    ['texted Bill re the contract', 'Bill', 're the contract'],
  ])('a touch: %s', (text, person, rest) => expect(toldTouchOf(text)).toEqual({ person, rest }));

  it.each(['sent the quote to acme', 'called it a day', 'emailed them the deck', 'what did i email acme'])(
    'no touch told: %s',
    (text) => expect(toldTouchOf(text)).toBeUndefined(),
  );
});
