import {
  correctionAtConfirmation,
  personCorrected,
} from '../../../src/dialogs/intents/confirmation-corrections';

// Issue 19, sixteenth round (w17c): a correction said at a write's confirmation ("no, with david
// nguyen") was read as a no and dropped the write. The words said instead are read; a bare yes or no,
// or a no with nothing after it, stays a yes or no.
describe('a correction at a confirmation', () => {
  it.each<[string, string]>([
    ['no, with david nguyen', 'with david nguyen'],
    ['No with David Nguyen', 'with David Nguyen'],
    ['nope - it was with jane cooper', 'with jane cooper'],
    ['actually it was with bill lumbergh', 'with bill lumbergh'],
    ['sorry, i meant david', 'david'],
    ['not kevin, david nguyen', 'david nguyen'],
    ['not kevin adams but david nguyen', 'david nguyen'],
    ['no its with emily nelson.', 'with emily nelson'],
    ['wait, it was a call', 'a call'],
    ['no, it was an email', 'an email'],
    ['not that deal, the q1 renewal', 'the q1 renewal'],
    ['wrong deal - the annual renewal', 'the annual renewal'],
    ['actually to closed won', 'to closed won'],
  ])('"%s" says "%s" instead', (text, instead) => {
    expect(correctionAtConfirmation(text)).toBe(instead);
  });

  it.each([
    'no',
    'No.',
    'nope, cancel it',
    'no thanks',
    'yes',
    'yep go ahead',
    'no, forget it',
    'wrong',
    'never mind',
    'sorry',
    'log a call with acme',
    'david nguyen',
  ])('"%s" corrects nothing', (text) => {
    expect(correctionAtConfirmation(text)).toBeUndefined();
  });

  it.each<[string, string | undefined]>([
    ['with david nguyen', 'david nguyen'],
    ['david', 'david'],
    ['to jane cooper', 'jane cooper'],
    ['with the other guy from the meeting last week', undefined],
  ])('the person in "%s" is %j', (instead, person) => {
    expect(personCorrected(instead)).toBe(person);
  });
});
