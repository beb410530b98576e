import { knowledgeAnswer } from '../../skills/knowledge';
import type { Skill } from '../../skills/skill';
import { knowledgeReply } from '../replies/knowledge-replies';
import type { IntentHandler } from './intent-handler';
import { previousKnowledgeTopic, rememberKnowledgeTopic } from './knowledge-follow-ups';

/**
 * Product, pricing, policy and how-to questions, answered from the knowledge base with sources.
 * Also every message of a website visitor that is not small talk: visitors get answers from the
 * public documents only, never from CRM records.
 */
export const knowledgeHandler: IntentHandler = {
  intents: ['knowledge_question'],
  capability: {
    skill: knowledgeAnswer as Skill<never, unknown>,
    summary: 'answer product, pricing and policy questions from our documentation, with sources',
    examples: ['how much is the Team plan?', 'do you have an SLA?', 'how do I connect Slack?'],
  },
  handle: async ({ text, caller, skills, memory, understanding }) => {
    const question = understanding.knowledgeQuestion ?? text;
    const previousTopic = understanding.knowledgeQuestion
      ? undefined
      : previousKnowledgeTopic(memory, skills.clock());
    const result = await skills.call(
      knowledgeAnswer,
      { question, ...(previousTopic ? { previousTopic } : {}) },
      caller,
    );
    rememberKnowledgeTopic(memory, result, skills.clock());
    return knowledgeReply(result, caller.role === 'visitor' ? 'visitor' : 'staff');
  },
};
