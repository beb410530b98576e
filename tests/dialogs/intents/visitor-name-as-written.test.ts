import { nameAsWritten } from '../../../src/dialogs/intents/visitor-details';

// Issue 19, eleventh round (w9f): a visitor who types their name in lower case ("im maria at
// brightwave.io") is thanked and saved as names are written ("Thanks, Maria", a lead "Maria"), not
// "Thanks, maria". A name typed with capitals is theirs to spell, kept as typed.
describe('a name typed all in lower case, as names are written', () => {
  it.each([
    ['maria', 'Maria'],
    ['tom becker', 'Tom Becker'],
    ['priya shah', 'Priya Shah'],
    ['anne-marie dubois', 'Anne-Marie Dubois'],
    ['maria de souza', 'Maria de Souza'],
    ['ludwig van beethoven', 'Ludwig van Beethoven'],
    ['joe', 'Joe'],
  ])('%s → %s', (typed, written) => {
    expect(nameAsWritten(typed)).toBe(written);
  });

  it.each(['Maria', 'Tom Becker', 'Ronan McKay', 'Joost de Vries', 'DJ Patel', 'ana Lopez'])(
    'typed with capitals, kept as typed: %s',
    (typed) => {
      expect(nameAsWritten(typed)).toBe(typed);
    },
  );
});
