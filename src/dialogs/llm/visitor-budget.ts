import { meteringModelCalls, ModelCallMeter } from '../../ml/llm/model-call-meter';
import type { IntentHandler, IntentOutcome, IntentTurn } from '../intents/intent-handler';
import type { Reply } from '../reply';

/** Language-model calls one visitor conversation may cause when LLM_VISITOR_CALLS_PER_CONVERSATION is not given. */
export const DEFAULT_VISITOR_CALLS_PER_CONVERSATION = 20;

/** What a visitor hears once their conversation has used its language-model calls. */
export const VISITOR_BUDGET_REPLY: Reply = {
  text: "Thanks for all your questions! I've answered as many as I can in this chat. For anything else, please contact our team through the website and someone will get back to you.",
};

/**
 * Runs `work` for a message, within the language-model budget of a website visitor's conversation:
 * once `budget` model calls are spent the visitor gets a polite reply and no model is called; while
 * it lasts, every model call the work makes (a knowledge answer, the agent's rounds) is counted in
 * the conversation's memory, and calls past the budget are refused before they are made. Other
 * callers are not metered here.
 */
export async function withinVisitorBudget(
  turn: IntentTurn,
  budget: number,
  work: () => Promise<IntentOutcome>,
): Promise<IntentOutcome> {
  if (turn.caller.role !== 'visitor') return work();
  const used = turn.memory.visitorLlmCalls ?? 0;
  if (used >= budget) return VISITOR_BUDGET_REPLY;
  const meter = new ModelCallMeter(budget - used);
  try {
    return await meteringModelCalls(meter, work);
  } finally {
    turn.memory.visitorLlmCalls = used + meter.used;
  }
}

/** `handler` with visitors' messages kept within the conversation's language-model budget. */
export function withVisitorLlmBudget(handler: IntentHandler, budget: number): IntentHandler {
  return { ...handler, handle: (turn) => withinVisitorBudget(turn, budget, () => handler.handle(turn)) };
}
