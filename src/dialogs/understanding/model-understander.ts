import type { Understander, Understanding } from '../routing/understanding';
import type { IntentModel } from './intent-model';
import { recognize, type RecognitionContext } from './recognizer';

const PRONOUN = /\b(their|its|them|they)\b/i;
const AFTER_PREPOSITION =
  /\b(?:at|for|with|on|about|from|of)\s+(?:the\s+)?([A-Za-z0-9][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*)*)\s*[?.!]*$/;

/**
 * The trained model behind the bot core's `Understander` interface. The account mention is the
 * best account candidate's words when the caller supplies account names, else the words after the
 * last preposition ("open deals for Acme Corp"), else a pronoun ("their deals") for follow-ups.
 */
export class ModelUnderstander implements Understander {
  constructor(
    private readonly model: IntentModel,
    private readonly context: () => RecognitionContext = () => ({}),
  ) {}

  async understand(text: string): Promise<Understanding> {
    const recognition = recognize(this.model, text, this.context());
    const mention =
      recognition.entities.accounts[0]?.text ??
      AFTER_PREPOSITION.exec(text.trim())?.[1]?.replace(/'s$/, '') ??
      PRONOUN.exec(text)?.[1]?.toLowerCase();
    return {
      intent: recognition.intent,
      confidence: recognition.confidence,
      alternatives: recognition.alternatives
        .slice(1)
        .map((a) => ({ intent: a.intent, confidence: a.confidence })),
      ...(mention ? { accountMention: mention } : {}),
    };
  }
}
