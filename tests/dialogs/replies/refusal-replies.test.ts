import { CrmError, ErrorCode } from '../../../src/core/errors';
import type { Capability } from '../../../src/dialogs/intents/intent-handler';
import { refusalReplyOf } from '../../../src/dialogs/replies/refusal-replies';
import type { Caller, Skill } from '../../../src/skills/skill';

const skill = (name: string, roles: Caller['role'][]) =>
  ({ name, roles }) as unknown as Skill<never, unknown>;
const capabilities: Capability[] = [
  { skill: skill('list-cases', ['support', 'admin']), summary: 'cases', examples: ['my open cases'] },
  { skill: skill('forecast', ['rep', 'manager']), summary: 'forecast', examples: ['forecast this quarter'] },
  { skill: skill('segment-members', ['marketing']), summary: 'segments', examples: ['list champions'] },
];
const support: Caller = { role: 'support', userId: 'u1', timezone: 'UTC' };
const refused = (name: string, role = 'support') =>
  new CrmError(ErrorCode.Forbidden, `Sorry, the ${role} role can't ask me that.`, { skill: name, role });

describe('refusals in plain words', () => {
  it.each([
    ['query-records', /deals, pipelines and forecasts are for the sales team/],
    ['at-risk-deals', /deals, pipelines and forecasts are for the sales team/],
    ['segment-members', /customer segments, purchases and what to pitch are for sales and marketing/],
    ['export-audience', /campaign audiences are for sales and marketing/],
    ['churn-risk', /churn risk is for the account teams/],
    ['data-export', /exports of CRM data are for admins and analysts/],
  ])('a refused %s says what is not available and whom it is for, never the skill', (name, words) => {
    const reply = refusalReplyOf(refused(name), capabilities, support)!;
    expect(reply.text).toMatch(/^Sorry, that isn't available to you: /);
    expect(reply.text).toMatch(words);
    expect(reply.text).not.toContain(name);
  });

  it('suggests only what the role may use', () => {
    const reply = refusalReplyOf(refused('forecast'), capabilities, support)!;
    expect(reply.text).toContain('"my open cases"');
    expect(reply.text).not.toMatch(/forecast this quarter|list champions/);
    expect(reply.buttons?.map((b) => b.value)).toEqual(['my open cases']);
  });

  it('leaves other errors, and refusals of another role, to their own message', () => {
    expect(
      refusalReplyOf(new CrmError(ErrorCode.NotFound, 'no such account'), capabilities, support),
    ).toBeUndefined();
    expect(
      refusalReplyOf(
        new CrmError(ErrorCode.Forbidden, 'The cases of Acme are for its own team.'),
        capabilities,
        support,
      ),
    ).toBeUndefined();
    expect(refusalReplyOf(refused('forecast', 'rep'), capabilities, support)).toBeUndefined();
  });
});
