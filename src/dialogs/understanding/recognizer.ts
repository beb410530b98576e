import type { RankedIntent } from '../../ml/nlu/intent-classifier';
import { extractEntities, type EntityContext, type MessageEntities } from './entities/extract-entities';
import type { IntentModel } from './intent-model';

/** What one message means: the intent, how sure, whether it is out of scope, and its entities. */
export interface Recognition {
  /** An intent of the model, or `oos` when the message matches none. */
  readonly intent: string;
  /** Probability of the best in-scope intent (0–1), even when the message is out of scope. */
  readonly confidence: number;
  readonly isOutOfScope: boolean;
  /** How concentrated the intent probabilities are (0–1); the out-of-scope threshold applies to it. */
  readonly certainty: number;
  /** The best in-scope intents, most likely first (the top one included): suggestions for "did you mean". */
  readonly alternatives: readonly RankedIntent[];
  readonly entities: MessageEntities;
}

/** Per-message context: the clock and time zone, and the names entities are matched against. */
export type RecognitionContext = EntityContext;

/** Leading bot mentions that say nothing about intent ("@crm", "crmpro:"). */
const BOT_MENTION = /^\s*(?:<@[A-Z0-9]+(?:\|[^>]*)?>|@?crm(?:pro)?\b)[:,]?\s*/i;

/**
 * Recognises one message with a loaded model. Pure and synchronous: safe to call on every turn.
 * The bot mention is dropped before classification; entities are read from the whole message.
 */
export function recognize(
  model: IntentModel,
  text: string,
  context: RecognitionContext = {},
  alternatives = 3,
): Recognition {
  const message = text.replace(BOT_MENTION, '');
  const prediction = model.classifier.classify(message.trim() === '' ? text : message, alternatives);
  return {
    intent: prediction.intent,
    confidence: prediction.confidence,
    isOutOfScope: prediction.isOutOfScope,
    certainty: prediction.certainty,
    alternatives: prediction.ranked,
    entities: extractEntities(message, context),
  };
}
