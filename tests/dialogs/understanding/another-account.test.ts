import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { anotherAccountOf } from '../../../src/dialogs/understanding/another-account';

// Issue 19, fourteenth round (w15f): the last question about one account asked again for another
// ("acme open deals" → "same for globex"; "acme won deals how many" → "what about initech").
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-globex', name: 'Globex' },
  { id: 'acc-globex-fin', name: 'Globex Financial' },
  { id: 'acc-initech', name: 'Initech' },
  { id: 'acc-hooli', name: 'Hooli' },
];
const CONTACTS = [{ id: 'c-jane', name: 'Jane Cooper' }];
const REPS = [{ id: 'u-olivia', name: 'Olivia Chen' }];

function read(text: string) {
  const entities = extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: ACCOUNTS,
    contacts: CONTACTS,
    reps: REPS,
  });
  return anotherAccountOf(text, entities)?.id;
}

describe('the same question asked again for another account', () => {
  it.each<[string, string]>([
    ['same for globex', 'acc-globex'],
    ['Same thing for Initech?', 'acc-initech'],
    ['what about initech', 'acc-initech'],
    ['and for hooli?', 'acc-hooli'],
    ['how about globex financial', 'acc-globex-fin'],
    ['ditto for acme corp', 'acc-acme'],
    ['ok now do hooli', 'acc-hooli'],
    ['and globex?', 'acc-globex'],
    ['globex too?', 'acc-globex'],
    ['same question for the hooli account', 'acc-hooli'],
    ['do the same for initech please', 'acc-initech'],
    ['thanks, same for globx', 'acc-globex'],
    ['wat about hooli', 'acc-hooli'],
  ])('"%s" asks again for %s', (text, id) => {
    expect(read(text)).toBe(id);
  });

  it.each([
    'globex',
    'globex?',
    'tell me about globex',
    'what about globex open deals',
    'who owns globex',
    'same for jane cooper',
    'what about olivia',
    'and globex and initech?',
    'what about last quarter',
    'log a call with globex',
    'globex deals closing this month',
  ])('"%s" is not the same question again', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
