import type { ConversationMemory } from '../../src/dialogs/conversation-memory';
import {
  previousKnowledgeTopic,
  rememberKnowledgeTopic,
} from '../../src/dialogs/intents/knowledge-follow-ups';
import type { KnowledgeAnswerResult } from '../../src/skills/knowledge';

/** What a knowledge answer leaves for the next turn, and when a follow-up may use it (issue 19, k6). */
describe('knowledge follow-ups in the conversation memory', () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 11, 5, 9, minutes));
  const answered = (words: string): KnowledgeAnswerResult => ({
    answer: 'Approved refunds are paid back …',
    sources: [],
    confidence: 0.8,
    noAnswer: false,
    ignored: [],
    passages: [],
    topic: { words, section: 'billing/refund-policy.md#30-day money-back guarantee' },
  });
  const noAnswer: KnowledgeAnswerResult = {
    answer: '',
    sources: [],
    confidence: 0.3,
    noAnswer: true,
    ignored: [],
    passages: [],
  };
  /** The root dialog moves the focus before each turn. */
  const nextTurn = (memory: ConversationMemory) => {
    memory.previousFocus = memory.lastFocus;
    delete memory.lastFocus;
  };

  it('the next turn reads a follow-up with the answer just given', () => {
    const memory: ConversationMemory = {};
    rememberKnowledgeTopic(memory, answered('money-back'), at(0));
    nextTurn(memory);
    expect(previousKnowledgeTopic(memory, at(2))).toEqual({
      words: 'money-back',
      section: 'billing/refund-policy.md#30-day money-back guarantee',
    });
  });

  it('not after another kind of answer came between', () => {
    const memory: ConversationMemory = {};
    rememberKnowledgeTopic(memory, answered('money-back'), at(0));
    nextTurn(memory);
    memory.lastFocus = 'deals';
    nextTurn(memory);
    expect(previousKnowledgeTopic(memory, at(2))).toBeUndefined();
  });

  it('not after the short window', () => {
    const memory: ConversationMemory = {};
    rememberKnowledgeTopic(memory, answered('money-back'), at(0));
    nextTurn(memory);
    expect(previousKnowledgeTopic(memory, at(11))).toBeUndefined();
  });

  it('a no-answer right after keeps the topic one more turn, with its time', () => {
    const memory: ConversationMemory = {};
    rememberKnowledgeTopic(memory, answered('money-back'), at(0));
    nextTurn(memory);
    rememberKnowledgeTopic(memory, noAnswer, at(1));
    nextTurn(memory);
    expect(previousKnowledgeTopic(memory, at(2))?.words).toBe('money-back');
    expect(previousKnowledgeTopic(memory, at(11))).toBeUndefined();
  });

  it('a no-answer with nothing before leaves nothing', () => {
    const memory: ConversationMemory = {};
    rememberKnowledgeTopic(memory, noAnswer, at(0));
    nextTurn(memory);
    expect(previousKnowledgeTopic(memory, at(1))).toBeUndefined();
  });
});
