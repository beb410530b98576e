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
/** Emoji written as chat shortcodes (":point_down:", ":pray:"), which say nothing about the request. */
const EMOJI_SHORTCODE = /(^|\s):(?:[a-z][a-z0-9_+-]*|[+-]1):(?=\s|[?.!,]|$)/gi;
/** A mention of the bot said as such ("@crmpro", "<@U1>", "crmpro:"), not the word "crm" in a question. */
const ADDRESSED = /^\s*(?:<@[A-Z0-9]+(?:\|[^>]*)?>|@crm(?:pro)?\b|crm(?:pro)?\s*[:,])[:,]?\s*/i;

/**
 * The message without a leading bot mention ("@crmpro biggest one?") and without emoji shortcodes
 * (":point_down:"): what every reader of the request reads. The message itself when nothing else is left.
 */
export function withoutBotMention(text: string): string {
  const rest = text.replace(ADDRESSED, '').replace(EMOJI_SHORTCODE, '$1').replace(/\s+/g, ' ').trim();
  return rest || text;
}

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
