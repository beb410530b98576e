import { asksTheOtherOne, otherAccountOf } from '../../../src/dialogs/routing/other-one';

// Issue 19, sixteenth round (w17c): "no the other one" after a request whose account name could mean
// two accounts ("globex": Globex, Globex Financial) asks the same of the other one.
describe('the other one', () => {
  it.each([
    'no the other one',
    'No, the other one.',
    'the other one',
    'nope other one pls',
    'not that one, the other one',
    'sorry i meant the other acme',
    'wrong one - the other account',
    'actually the other company',
    'no i meant the other one',
    'wait, the OTHER one?',
  ])('"%s" asks for the other one', (text) => {
    expect(asksTheOtherOne(text)).toBe(true);
  });

  it.each([
    'the other ones',
    'what about the other deals',
    'no',
    'other accounts in emea',
    'tell me about the other one of their deals and the contacts',
    'how many other deals do they have',
    'no thanks',
  ])('"%s" does not', (text) => {
    expect(asksTheOtherOne(text)).toBe(false);
  });

  const globex = { id: 'g', name: 'Globex' };
  const financial = { id: 'f', name: 'Globex Financial' };
  const third = { id: 't', name: 'Globex Trading' };
  it('takes the candidate after the one shown, going round', () => {
    expect(otherAccountOf(globex, [globex, financial])).toEqual(financial);
    expect(otherAccountOf(financial, [globex, financial])).toEqual(globex);
    expect(otherAccountOf(financial, [globex, financial, third])).toEqual(third);
  });
  it('has none when there was no choice or the one shown was not among them', () => {
    expect(otherAccountOf(globex, [globex])).toBeUndefined();
    expect(otherAccountOf(globex, undefined)).toBeUndefined();
    expect(otherAccountOf(third, [globex, financial])).toBeUndefined();
    expect(otherAccountOf(undefined, [globex, financial])).toBeUndefined();
  });
});
