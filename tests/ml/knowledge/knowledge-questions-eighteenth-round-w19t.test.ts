import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_KNOWLEDGE_DIR, openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge questions of the eighteenth round (issue 19, w19t), asked as the knowledge skill asks
 * them: visitors who are not buyers asking for the company's postal address ("what's your address"
 * found the email sync section on email addresses) and for its other office ("do you have an office
 * in germany" found the widget's languages). Six or more wordings each, and questions in the same
 * words that keep their reading. Facts are read from the demo documents. Left (no answer or another
 * section still): "your office address please", "street address of crmpro", "is there a german office", "hq address?".
 */
describe('knowledge answers, eighteenth round (w19t, demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const company = readFileSync(join(DEMO_KNOWLEDGE_DIR, 'company.md'), 'utf8');
  const address = /registered address is ([^,]+),/.exec(company)![1]!;
  const office = /second office in (\w+)/.exec(company)![1]!;
  const expectFact = async (question: string, fact: string) => {
    const result = await knowledge.ask(question);
    expect({ question, noAnswer: result.noAnswer, answer: result.answer }).toEqual({
      question,
      noAnswer: false,
      answer: expect.stringContaining(fact),
    });
  };

  it.each([
    "what's your address",
    'whats ur address',
    'what is your postal address?',
    'where do i send mail, whats your mailing address',
    'WHAT IS YOUR ADDRESS',
  ])('%s → the registered address', (question) => expectFact(question, address));

  it.each([
    'do you have an office in germany',
    'any other offices?',
    'do you have offices in europe',
    'where is your second office',
    'do u have another office',
    'any offices in germany',
  ])('%s → the second office', (question) => expectFact(question, office));

  it.each([
    ['can i exclude an email address from sync', 'exclude'],
    ['which languages does the widget support', 'English'],
  ])('%s keeps its reading', async (question, word) => {
    const result = await knowledge.ask(question);
    expect(result.answer).toContain(word);
    expect(result.answer).not.toContain(address);
  });
});
