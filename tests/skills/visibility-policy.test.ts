import {
  accessTo,
  mayViewPipelineOf,
  relationOf,
  visibleContact,
  whyMayNotChangeDeal,
  type RecordOwner,
  type Viewer,
} from '../../src/skills/shared/visibility-policy';

const ana: Viewer = { role: 'rep', userId: 'ana', team: 'Enterprise', mode: 'team' };
const morgan: Viewer = { role: 'manager', userId: 'morgan', team: 'Enterprise', mode: 'team' };
const alex: Viewer = { role: 'marketing', userId: 'alex', team: 'Marketing', mode: 'team' };
const visitor: Viewer = { role: 'visitor', mode: 'all' };
const anaOwns: RecordOwner = { id: 'ana', name: 'Ana Ortiz', team: 'Enterprise' };
const danaOwns: RecordOwner = { id: 'dana', name: 'Dana Kim', team: 'EMEA' };
const formerUser: RecordOwner = { id: 'gone', name: 'a former user' };

describe('the visibility policy', () => {
  it("treats an unowned record as the sales floor's, and a departed owner's as another team's", () => {
    expect(relationOf(ana, null)).toBe('unowned');
    expect(accessTo(ana, null, 'deal')).toBe('full');
    expect(relationOf(ana, formerUser)).toBe('other');
    expect(accessTo(ana, formerUser, 'account')).toBe('limited');
    expect(accessTo(ana, formerUser, 'contact-email')).toBe('none');
  });

  it('never takes a team from a missing one: a rep without a team sees only their own and unowned records', () => {
    const noTeam: Viewer = { role: 'rep', userId: 'ana', mode: 'team' };
    expect(accessTo(noTeam, anaOwns, 'deal')).toBe('full');
    expect(accessTo(noTeam, { ...danaOwns, team: undefined }, 'deal')).toBe('limited');
    expect(mayViewPipelineOf(noTeam, undefined)).toBe(false);
  });

  it('gives visitors nothing, whatever CRM_VISIBILITY says', () => {
    for (const part of ['account', 'contact', 'deal', 'purchases', 'lead'] as const)
      expect(accessTo(visitor, null, part)).toBe('none');
    expect(mayViewPipelineOf(visitor, undefined)).toBe(false);
  });

  it("strips a contact's phone for marketing and the whole contact for another team's rep", () => {
    const contact = { name: 'Farah Idris', email: 'farah@fabrikam.example', phone: '+442079460301' };
    expect(visibleContact(alex, danaOwns, contact)).toEqual({
      name: 'Farah Idris',
      email: 'farah@fabrikam.example',
    });
    expect(visibleContact(ana, danaOwns, contact)).toBeUndefined();
    expect(visibleContact(morgan, anaOwns, contact)).toEqual(contact);
    expect(visibleContact({ ...alex, mode: 'all' }, danaOwns, contact)).toEqual(contact);
  });

  it('keeps deal changes to owners and their managers even when everyone sees everything', () => {
    const deal = { name: 'Fabrikam grid analytics' };
    expect(whyMayNotChangeDeal({ ...ana, mode: 'all' }, deal, danaOwns)).toMatch(
      /reps can change only their own/,
    );
    expect(whyMayNotChangeDeal({ ...morgan, mode: 'all' }, deal, danaOwns)).toMatch(/outside your team/);
    expect(whyMayNotChangeDeal(morgan, deal, anaOwns)).toBeUndefined();
    expect(whyMayNotChangeDeal(alex, deal, anaOwns)).toBe("The marketing role can't change deals.");
  });
});
