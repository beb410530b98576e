import { agentAssist } from '../../src/skills/agent-assist';
import { openHandoffCase } from '../../src/skills/handoff';
import { invokeSkill, type Caller, type Skill } from '../../src/skills/skill';
import { ChatDriver } from '../fixtures/chat-driver';
import { loadSupportCrm, type SupportCrm } from './support-crm';

let crm: SupportCrm;
beforeAll(async () => {
  crm = await loadSupportCrm();
}, 60_000);
afterAll(() => crm.cleanup());

const call = <I, O>(skill: Skill<I, O>, input: unknown, caller: Caller) =>
  invokeSkill(skill, input, { caller, services: crm.services });

/** The words a website visitor left on a hand-off's case. */
const VISITOR_WORDS =
  'Our single sign-on stopped working: everyone gets an "invalid signature" error. What do we do?';

describe("agent assist on a case's last customer message", () => {
  let handoffCase: number;
  beforeAll(async () => {
    handoffCase = (await call(openHandoffCase, { question: VISITOR_WORDS }, crm.visitor)).number;
  });

  it("drafts from the visitor's words a hand-off's case keeps, with the seeded SSO resolution", async () => {
    const assist = await call(agentAssist, { caseNumber: handoffCase }, crm.support);
    expect(assist).toMatchObject({ question: VISITOR_WORDS, caseNumber: handoffCase });
    expect(assist.reply.noAnswer).toBeFalsy();
    expect(assist.similarCases[0]!.resolution).toMatch(/SAML|certificate/);
    expect(assist.similarCases.map((c) => c.number)).not.toContain(handoffCase);
  });

  it('answers "draft a reply to the last message of case N" in chat for support, and refuses a rep', async () => {
    const support = new ChatDriver(crm.services, 'c-assist-case', {
      localUser: 'riley.park@demo.crmpro.dev',
    });
    const [reply] = await support.say(`draft a reply to the last message of case ${handoffCase}`);
    expect(reply!.text).toContain(`The last customer message of case ${handoffCase}: "${VISITOR_WORDS}"`);
    expect(reply!.text).toMatch(/Suggested reply:/);
    expect(reply!.sources?.length).toBeGreaterThan(0);
    const rep = new ChatDriver(crm.services, 'c-assist-case-rep', {
      localUser: 'sam.rivera@demo.crmpro.dev',
    });
    const [refused] = await rep.say(`draft a reply to the last message of case ${handoffCase}`);
    // Wording changed (issue 19): plain words, no skill name.
    expect(refused!.text).toMatch(/isn't available to you: support cases/);
    expect(refused!.text).not.toContain(VISITOR_WORDS);
  }, 60_000);

  it('says so for a case that does not exist, and still takes a pasted question that mentions a case', async () => {
    await expect(call(agentAssist, { caseNumber: 999_999 }, crm.support)).rejects.toThrow(
      "I couldn't find case 999999.",
    );
    const pasted = await call(
      agentAssist,
      { question: 'my case 1042 is still open: SSO sign-in fails' },
      crm.support,
    );
    expect(pasted.caseNumber).toBeUndefined();
    expect(pasted.question).toBe('my case 1042 is still open: SSO sign-in fails');
    await expect(call(agentAssist, {}, crm.support)).rejects.toThrow(/give the case number/);
  });
});
