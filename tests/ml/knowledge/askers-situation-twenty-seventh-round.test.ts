import { askedCondition } from '../../../src/ml/knowledge/answers/asked-condition';
import { withoutAskersPlace } from '../../../src/ml/knowledge/text/askers-place';
import { everydayQuestion } from '../../../src/ml/knowledge/text/everyday-question';
import { questionClauses } from '../../../src/skills/shared/knowledge/clause-answers';
import { refersBack } from '../../../src/skills/shared/knowledge/follow-up-topic';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge answers in everyday words (issue 19, twenty-seventh round, w28a, from dev-qa49 and
 * dev-qa50): the asker's own situation ("hi from sydney", "we're on IST", "at night my time"), what
 * the documents answer by implication (the currencies billed, support hours in UK time), one's own
 * data taken out or backed up (an export), follow-ups leaning on the previous answer ("and if we pay
 * for the year upfront?", "what's the catch") and two questions typed without punctuation.
 */
describe("the asker's place said in passing", () => {
  const unknown = new Set(['sydney', 'perth', 'bangalore', 'mumbai', 'toronto', 'lagos', 'new', 'zealand']);
  const isKnown = (word: string) => !unknown.has(word.toLowerCase());

  it.each([
    ['hi from sydney 👋 do you bill in AUD?', 'hi from 👋 do you bill in AUD?'],
    [
      'my company is in perth, does the uptime commitment cover urgent incidents at night my time?',
      'my company is in, does the uptime commitment cover urgent incidents at night my time?',
    ],
    ['writing from bangalore, what are your support hours', 'writing from, what are your support hours'],
    [
      "we're based in toronto - how much is the business plan",
      "we're based in - how much is the business plan",
    ],
    ['we want to run it in our own DC in mumbai', 'we want to run it in our own DC in'],
    ['we are in new zealand what currency do you charge in', 'we are in what currency do you charge in'],
    ['Hello from Lagos! is there a free plan', 'Hello from! is there a free plan'],
  ])('%s', (message, without) => {
    expect(withoutAskersPlace(message, isKnown)).toBe(without);
  });

  // a place the documents name is the topic itself, and what is no place stays
  it.each([
    ["we're in the EU, where is our data stored"],
    ["we're in germany, can the data stay there"],
    ["we're in the middle of a migration, can we import twice"],
    ['can we keep our data in the EU'],
  ])('kept: %s', (message) => {
    expect(withoutAskersPlace(message, isKnown)).toBe(message);
  });

  // data or servers asked of a place the documents do not name: the regions they offer answer
  it.each([
    ['can we keep our data in australia', 'can we keep our data in a data region'],
    ['do you have servers in new zealand?', 'do you have servers in a data region?'],
    ['is there a data centre in lagos', 'is there a data centre in a data region'],
  ])('hosted in a place: %s', (message, read) => {
    expect(
      withoutAskersPlace(message, (word) => !['australia', 'zealand', 'lagos'].includes(word.toLowerCase())),
    ).toBe(read);
  });
});

describe("one's own data backed up or taken out is an export", () => {
  it.each([
    ['how do I back up all our data / export everything?', /export/],
    ['can we take a backup of everything ourselves', /export/],
    ['is there a way to back up our crm', /export/],
    ['if we cancel can we get our data out first', /export our data/],
    ['once we quit can we still get our stuff out', /export our data/],
    ['do we get to take our records with us if we leave', /export our data/],
    ['if we stop paying can we download everything', /export/],
  ])('%s', (question, reading) => {
    expect(everydayQuestion(question)).toMatch(reading);
  });

  // the backups "you" take stay the hourly backups
  it.each([['how often do you back up our data'], ['do you back up our data']])('kept: %s', (question) => {
    expect(everydayQuestion(question)).toMatch(/backups/);
  });
});

describe('a second question typed without punctuation is a clause of its own', () => {
  it.each([
    ['is this gdpr compliant where is the data actualy stored', 2],
    ['do you have an api how much does it cost', 2],
    ['is there a free trial how long is it', 2],
    // an embedded question is one question
    ['do you know where is the office', 1],
    ['can you tell me how do i cancel', 1],
  ])('%s', (message, clauses) => {
    expect(questionClauses(message)).toHaveLength(clauses);
  });
});

describe('a question passed on is one question', () => {
  it.each([['customer asks how long the password reset link works'], ['she asked me how long is the trial']])(
    '%s',
    (message) => {
      expect(questionClauses(message).length).toBeLessThan(2);
    },
  );
});

describe("what an unnamed thing lacks points back at the last answer's thing", () => {
  it.each([
    ['whats the catch, what cant i do on it'],
    ['is there a catch'],
    ['any limitations?'],
    ['what are the downsides'],
  ])('%s', (question) => {
    expect(refersBack(question)).toBe(true);
  });
  it.each([['what are the limits of an import'], ['is there a catch with the refund policy']])(
    'names its own thing: %s',
    (question) => {
      expect(refersBack(question)).toBe(false);
    },
  );
});

describe('the condition a question is asked in', () => {
  it.each([
    ['if we cancel, how long do you keep our data', 'we cancel'],
    ['after cancelling how long will you keep our data', 'cancelling'],
    ['who handles updates if we self host', 'we self host'],
    ['once we quit can we still get our stuff out', 'we quit'],
    ['if we go down to a cheaper plan do we lose our data', 'we go down to a cheaper plan'],
    // an embedded question is no condition
    ['can you tell me if you support sso', ''],
    ['not sure if the widget sets cookies', ''],
    ['how long do you keep our data', ''],
  ])('%s', (question, condition) => {
    expect(askedCondition(question)).toBe(condition);
  });
});

describe("people added are invited; the asker's crm is their data", () => {
  it.each([
    ['how do i add my sales team', /invite my sales team/],
    ['adding 3 new reps, how?', /invite 3 new reps/],
    ['is there a way to back up our crm', /export our data|export/],
  ])('%s', (question, reading) => {
    expect(everydayQuestion(question)).toMatch(reading);
  });
  it.each([['can i add 5 more users to the team plan'], ['how do we import from our old crm']])(
    'kept: %s',
    (question) => {
      expect(everydayQuestion(question)).not.toMatch(/invite|our data/);
    },
  );
});

describe("the asker's situation and what the documents answer by implication (demo knowledge base)", () => {
  const knowledge = openDemoKnowledge();

  it.each([
    ['hi from sydney 👋 do you bill in AUD?'],
    ['can we pay in rupees'],
    ["we're a canadian company, can we be invoiced in CAD"],
    ['do you take payment in yen'],
    ['what currency do you charge in? we are in new zealand'],
    ['is billing in our local currency possible'],
  ])('a currency not billed: %s', async (question) => {
    await knowledge.expectSkillFact(question, /US dollars, euros or British pounds/);
  });

  it.each([
    ["what timezone is your support in? we're on IST"],
    ['what hours is support open in PST'],
    ['writing from bangalore, what are your support hours'],
    ['we are based in singapore, when is your support open'],
  ])('a time zone: the support hours in UK time: %s', async (question) => {
    await knowledge.expectSkillFact(question, /UK time/);
  });

  it.each([
    ['my company is in perth, does the uptime commitment cover urgent incidents at night my time?'],
    ['is support available at weekends'],
    ['if we have an urgent outage overnight does anyone respond'],
  ])('urgent incidents at night or at the weekend: 24/7: %s', async (question) => {
    await knowledge.expectSkillFact(question, /24\/7/);
  });

  it.each([
    ['how do I back up all our data / export everything?', /Settings › Export/],
    ['can we take a backup of everything ourselves', /Settings › Export/],
    ['if we cancel can we get our data out first', /read-only for 30 days, so you can export/],
    ['once we quit can we still get our stuff out', /30 days so you can export/],
    ['do we get to take our records with us if we leave', /30 days so you can export/],
    ['if we stop paying can we download everything', /30 days, so you can export/],
  ])("one's own data out: %s", async (question, fact) => {
    await knowledge.expectSkillFact(question, fact);
  });

  it('the hourly backups keep their answer', async () => {
    await knowledge.expectSkillFact('how often do you back up our data', /backups are taken every hour/);
  });

  it('two questions typed as one: both answered', async () => {
    await knowledge.expectSkillFact(
      'is this gdpr compliant where is the data actualy stored',
      /European Union/,
    );
  });

  it.each([
    [
      'how much is the team plan',
      'and if we pay for the year upfront?',
      /\$24 per user per month billed annually/,
    ],
    [
      'business plan price?',
      'what if we commit to 12 months in advance',
      /\$49 per user per month billed annually/,
    ],
    ['team plan cost', 'paying annually?', /\$24 per user/],
    ['how much is business', 'and monthly?', /\$59 per user/],
  ])('%s → %s: the price so billed, alone', async (first, followUp, fact) => {
    const previous = await knowledge.ask(first);
    const answer = await knowledge.ask(followUp, previous.topic);
    expect(answer.answer).toMatch(fact);
    expect(answer.answer).not.toMatch(/Free plan/);
  });

  it.each([
    ['is there a free plan', 'whats the catch, what cant i do on it'],
    ['is there a free plan', 'is there a catch'],
  ])('%s → %s: what it lacks', async (first, followUp) => {
    const previous = await knowledge.ask(first);
    const answer = await knowledge.ask(followUp, previous.topic);
    expect(answer.answer).toMatch(/no forecasting and no API access/);
  });

  it.each([
    ["we're based in sydney, do you have servers in australia", /United States|European Union/],
    ['can our data be hosted in india', /United States|European Union/],
    ['how do i add my sales team', /Settings › Users/],
    ['how do i add my colleagues', /Settings › Users/],
    ['if we go down to a cheaper plan do we lose our data', /your data is kept/],
    ['when we cancel do we lose everything straight away', /30 days/],
    ['if we cancel, how long do you keep our data', /read-only for 30 days/],
    ['after cancelling how long will you keep our data', /read-only for 30 days/],
    ['how much for the self hosted version? we want to run it in our own DC in mumbai', /\$420 per user/],
    ['can i host it myself how much', /\$420 per user/],
  ])('%s', async (question, fact) => {
    await knowledge.expectSkillFact(question, fact);
  });

  it.each([
    ['how long do you keep our data', /as long as your workspace exists/],
    ['is the business price incl. gst?', /excluding VAT/],
  ])('keeps its answer: %s', async (question, fact) => {
    await knowledge.expectSkillFact(question, fact);
  });
});
