import { analyze } from '../../../src/ml/knowledge/text/analyzer';
import { KNOWLEDGE_THESAURUS, QueryExpander } from '../../../src/ml/knowledge/text/thesaurus';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Questions people asked in their own words that reached the knowledge base and got the wrong
 * passage or a no-answer although knowledge/ answers them: one per kind of mismatch.
 */
describe('knowledge answers: which passage answers a question in everyday words', () => {
  const knowledge = openDemoKnowledge();

  const answered = (question: string) => {
    const result = knowledge.base.ask(question);
    expect(result.noAnswer).toBe(false);
    return { answer: result.answer, source: result.sources[0]! };
  };

  it('an everyday word for the document’s word: "support hours" is when support is available', () => {
    const { answer, source } = answered('what are your support hours?');
    expect(source).toMatchObject({ path: 'support/contacting-support.md', section: 'How to reach us' });
    expect(answer).toMatch(/Monday to Friday, 08:00 to 20:00/);
  });

  it('a question naming a document answers from its main section, not one mentioning the words in passing', () => {
    const { answer, source } = answered("what's the refund policy");
    expect(source).toMatchObject({
      path: 'billing/refund-policy.md',
      section: '30-day money-back guarantee',
    });
    expect(answer).toMatch(/full refund within 30 days/);
  });

  it('abbreviations and their spellings: SOC 2 / SOC2, compliant / certified', () => {
    for (const question of ['are you SOC 2 compliant', 'are you soc2 certified?']) {
      const { answer, source } = answered(question);
      expect(source).toMatchObject({ path: 'security/security-overview.md', section: 'Certifications' });
      expect(answer).toMatch(/SOC 2 Type II/);
    }
  });

  it('a product the documents do not name (Okta) is answered as the identity providers they cover', () => {
    const { answer, source } = answered('Do you support single sign on with Okta?');
    expect([
      'security/security-overview.md',
      'pricing-plans.md',
      'troubleshooting/login-and-sso.md',
    ]).toContain(source.path);
    expect(answer).toMatch(/single sign-on \(SSO\) with SAML/i);
  });

  it('a second sentence of context does not dilute the question into a no-answer', () => {
    const { answer, source } = answered("where is our data stored? we're a german company");
    expect(['security/privacy-and-gdpr.md', 'faq.md']).toContain(source.path);
    expect(answer).toMatch(/European Union \(Frankfurt\)/);
    // ... and "German" (a nationality here) is not read as a question about languages.
    expect(answer).not.toMatch(/English, German/);
  });

  it('a compound the documents hyphenate ("nonprofits" / "non-profit") is read as its two words', () => {
    const { answer, source } = answered('discounts for nonprofits?');
    expect(['pricing-plans.md', 'faq.md']).toContain(source.path);
    expect(answer).toMatch(/50% off/);
  });

  it('"pricing?" answers with a price', () => {
    const { answer, source } = answered('pricing?');
    expect(source.path).toBe('pricing-plans.md');
    expect(answer).toMatch(/\$\d+/);
  });

  it('everyday words for the documents’ own (respond / response, urgent issues) find the response times', () => {
    const { source } = answered('How fast does support respond to urgent issues?');
    expect(source).toMatchObject({
      path: 'support/service-level-agreement.md',
      section: 'Support response times',
    });
  });

  it('still refuses near-domain questions the thesaurus words appear in', () => {
    for (const question of [
      'How many languages are spoken in India?',
      'Is Okta a good company to invest in?',
      'What is the best programming language?',
    ]) {
      expect(knowledge.base.ask(question).noAnswer).toBe(true);
    }
  });
});

describe('QueryExpander', () => {
  const expander = new QueryExpander(KNOWLEDGE_THESAURUS, (text) => analyze(text));

  it('expands an abbreviation to its spelled-out phrase and back, as index terms', () => {
    expect([...expander.expand(analyze('do you have SSO')).added.keys()]).toEqual(
      expect.arrayContaining(['singl', 'sign']),
    );
    expect([...expander.expand(analyze('single sign-on')).added.keys()]).toContain('sso');
  });

  it('a phrase counts only where its terms follow one another, whichever of them the question has', () => {
    expect([...expander.expand(analyze('single sign-on')).added.keys()]).toContain('sso');
    // The same two words in the other order are not the phrase.
    expect([...expander.expand(analyze('sign-on single')).added.keys()]).not.toContain('sso');
    // The phrase's second word alone opens no entry of the phrase.
    expect([...expander.expand(analyze('sign on')).added.keys()]).not.toContain('sso');
    // An entry reached through two of the question's phrases is applied once: one alternative per use.
    expect(expander.expand(analyze('sso and single sign-on')).alternatives.get('singl')).toHaveLength(1);
  });

  it('one-way entries go from the question word to the document word only', () => {
    expect([...expander.expand(analyze('which languages')).added.keys()]).toContain('german');
    expect(expander.expand(analyze('a german company')).added.size).toBe(0);
  });
});
