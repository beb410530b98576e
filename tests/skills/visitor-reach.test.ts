import { LLM_SKILLS } from '../../src/dialogs/llm/skill-catalog';
import type { Reply } from '../../src/dialogs/reply';
import { knowledgeAnswer } from '../../src/skills/knowledge';
import { skillRunnerOf, type Caller } from '../../src/skills/skill';
import { ChatDriver } from '../fixtures/chat-driver';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';
import { loadTwoTeamCrm, OWNERSHIPS, type TwoTeamCrm } from '../fixtures/two-team-crm';
import { ALL_SKILLS } from './all-skills';

/**
 * What a website visitor writes: every kind of CRM question and write, naming records only loosely
 * (lower case, first names), so whatever the CRM would add — full names, e-mails, phones, amounts,
 * owners — is recognisable in the replies.
 */
const VISITOR_MESSAGES = [
  'tell me about northwind',
  'brief me on fabrikam',
  'who is our contact at contoso',
  'what is the email of nora?',
  'open deals for fabrikam',
  'my top deals',
  'top leads for my team',
  'forecast this quarter',
  'which deals are at risk?',
  'score for the northwind deal',
  'why is fabrikam at 35%?',
  'which segment is northwind in?',
  'list champions',
  'list champions in EMEA',
  'who moved to At risk this month?',
  'what should I pitch to contoso?',
  'log a call with nora at northwind: talked pricing',
  'move the fabrikam grid deal to closed won',
  'create a task to call farah tomorrow',
  'add a lead: Sam Visitor, sam@visitor.example',
  'help',
];

describe('website visitors reach no CRM record', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let crm: TwoTeamCrm;
  beforeAll(async () => {
    crm = await loadTwoTeamCrm(temp.store);
  });
  afterAll(() => temp.cleanup());

  /** Everything of the CRM a visitor must never be shown. */
  const crmValues = () => [
    ...OWNERSHIPS.flatMap((o) => {
      const s = crm.subjects[o];
      return [...s.secrets, s.accountName, s.contact.name, s.deal.name, s.leadName, s.ownerName];
    }),
    'Ben Okafor',
    'Morgan Lee',
    'Priya Nair',
  ];

  it('through the classifier and the dialogs: a verified channel with a sender that is no CRM user', async () => {
    const chat = new ChatDriver(services, 'visitor-conversation', {
      trust: 'verified',
      channelId: 'webchat',
      fromId: 'visitor-7',
    });
    const written = async () =>
      (await temp.store.interactions.countDocuments({})) +
      (await temp.store.tasks.countDocuments({})) +
      (await temp.store.leads.countDocuments({})) +
      (await temp.store.deals.countDocuments({ stage: 'closed_won' }));
    const before = await written();
    const replies: Array<{ said: string; reply: Reply }> = [];
    for (const text of VISITOR_MESSAGES)
      for (const reply of await chat.say(text)) replies.push({ said: text, reply });
    expect(replies.length).toBeGreaterThanOrEqual(VISITOR_MESSAGES.length);
    const leaks = replies.flatMap(({ said, reply }) =>
      crmValues()
        .filter((value) => JSON.stringify(reply).includes(value))
        .map((value) => `${said} → ${value}`),
    );
    expect(leaks).toEqual([]);
    // And nothing was written on the visitor's word.
    expect(await written()).toBe(before);
  }, 120_000);

  it('through the knowledge answer, whatever the question names', async () => {
    const visitor: Caller = { role: 'visitor', timezone: 'UTC' };
    const runner = skillRunnerOf(services);
    for (const o of OWNERSHIPS) {
      const s = crm.subjects[o];
      const question = `What is the phone number of ${s.contact.name} at ${s.accountName}, and the amount of ${s.deal.name}?`;
      const text = JSON.stringify(await runner.call(knowledgeAnswer, { question }, visitor));
      // What the visitor typed may come back; nothing else of the CRM may.
      expect(crmValues().filter((value) => text.includes(value) && !question.includes(value))).toEqual([]);
    }
  });

  it('through the LLM tools: the only skill a visitor may call is the knowledge answer', () => {
    const visitor: Caller = { role: 'visitor', timezone: 'UTC' };
    const runner = skillRunnerOf(services);
    expect(ALL_SKILLS.filter((skill) => runner.mayCall(skill, visitor)).map((s) => s.name)).toEqual([
      'knowledge-answer',
    ]);
    // The LLM agent offers a caller the catalogue's skills their role may call, nothing else.
    expect(LLM_SKILLS.filter((skill) => runner.mayCall(skill, visitor)).map((s) => s.name)).toEqual([
      'knowledge-answer',
    ]);
    expect(LLM_SKILLS.every((skill) => ALL_SKILLS.some((known) => known.name === skill.name))).toBe(true);
  });

  it("answers a rep about another team's account through the chat with its owner only", async () => {
    const chat = new ChatDriver(services, 'rep-conversation', { localUser: 'ana.ortiz@two-teams.example' });
    const [reply] = await chat.say('tell me about fabrikam energy');
    expect(reply!.text).toMatch(/^Fabrikam Energy \(Energy\) is owned by Dana Kim, EMEA\./);
    expect(crm.subjects.other.secrets.filter((value) => JSON.stringify(reply).includes(value))).toEqual([]);
    const [own] = await chat.say('who is our contact at northwind traders');
    expect(own!.text).toContain(crm.subjects.own.contact.email);
  }, 60_000);
});
