import { churnRisk } from '../../skills/churn-risk';
import type { Skill } from '../../skills/skill';
import { churnQuestionOf } from '../routing/churn-questions';
import { churnRiskReply } from './churn-replies';
import type { IntentHandler } from './intent-handler';

/** "which customers are likely to churn?", "is Initech at risk?". */
export const churnHandler: IntentHandler = {
  intents: ['churn_list', 'churn_account'],
  capability: {
    skill: churnRisk as Skill<never, unknown>,
    summary: 'tell which customers are likely to churn or let a renewal lapse, with the reasons',
    examples: ['which customers are likely to churn?', 'is Initech at risk?'],
  },
  handle: async ({ text, caller, skills, understanding }) => {
    const question = churnQuestionOf(text, understanding.accountMention);
    const limit = /\b(?:top|first)\s+(\d{1,2})\b/i.exec(text)?.[1];
    const account = understanding.intent === 'churn_account' ? question?.account : undefined;
    const result = await skills.call(
      churnRisk,
      {
        ...(account ? { account } : {}),
        ...(question?.mine ? { scope: 'mine' as const } : {}),
        ...(limit ? { limit: Math.min(50, Math.max(1, Number(limit))) } : {}),
      },
      caller,
    );
    return churnRiskReply(result);
  },
};
