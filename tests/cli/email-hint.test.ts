import { likelyEmails } from '../../src/cli/email-hint';

const USERS = ['sam.rivera@demo.crmpro.dev', 'morgan.lee@demo.crmpro.dev', 'olivia.chen@demo.crmpro.dev'];

describe('likelyEmails (the --as hint)', () => {
  it('names the address a typo was meant to be, closest first', () => {
    expect(likelyEmails('sam.rivra@demo.crmpro.dev', USERS)).toEqual(['sam.rivera@demo.crmpro.dev']);
    expect(likelyEmails('Morgan.Lee@demo.crmpro.com', USERS)).toEqual(['morgan.lee@demo.crmpro.dev']);
  });

  it('names the same person at another domain, and nobody for an unrelated address', () => {
    expect(likelyEmails('olivia.chen@example.com', USERS)).toEqual(['olivia.chen@demo.crmpro.dev']);
    expect(likelyEmails('nobody@example.com', USERS)).toEqual([]);
  });
});
