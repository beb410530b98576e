import { shortfalls } from '../../src/cli/conversation-eval/check-answer';

const reply = [{ text: 'Sorry, I only answer questions about the product.' }];

describe('the evaluation checks which skill ran', () => {
  it('"none" alone wants no skill', () => {
    expect(shortfalls({ replies: reply, calls: [] }, { skill: 'none' })).toEqual([]);
    expect(
      shortfalls({ replies: reply, calls: [{ skill: 'knowledge-answer', input: {} }] }, { skill: 'none' }),
    ).toEqual(['expected no skill, ran knowledge-answer']);
  });

  it('"none" in a list accepts no skill as well as any skill listed, and nothing else', () => {
    const expect_ = { skill: ['none', 'knowledge-answer'] };
    expect(shortfalls({ replies: reply, calls: [] }, expect_)).toEqual([]);
    expect(
      shortfalls({ replies: reply, calls: [{ skill: 'knowledge-answer', input: {} }] }, expect_),
    ).toEqual([]);
    expect(shortfalls({ replies: reply, calls: [{ skill: 'query-records', input: {} }] }, expect_)).toEqual([
      'expected skill none or knowledge-answer, ran query-records',
    ]);
  });

  it('a list without "none" wants one of its skills', () => {
    expect(
      shortfalls({ replies: reply, calls: [] }, { skill: ['query-records', 'pipeline-summary'] }),
    ).toEqual(['expected skill query-records or pipeline-summary, ran none']);
  });
});
