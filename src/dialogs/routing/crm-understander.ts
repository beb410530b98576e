import { recognize } from '../understanding/recognizer';
import type { IntentModel } from '../understanding/intent-model';
import type { NameCandidate } from '../understanding/entities/name-matcher';
import type { CrmNameSource } from '../../vocabulary';
import { accountSpanOf } from './account-span';
import { PatternUnderstander } from './pattern-understander';
import type { Understander, Understanding, UnderstandingContext } from './understanding';
import { wordsAfterPreposition } from './words-after-preposition';

const PRONOUN = /\b(their|its|them|they)\b/i;

/**
 * The account's own name for a mention holding words the name matcher heard rather than read
 * ("inner tech", "the a cme corporation account" → Acme Corporation; `NameCandidate.bySound`),
 * when it heard one account there: the account resolver looks names up by their letters. Other
 * mentions as they are.
 */
function heardAs(mention: string | undefined, accounts: readonly NameCandidate[]): string | undefined {
  const words = ` ${mention?.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ') ?? ''} `;
  const heard = accounts.filter((c) => words.includes(` ${c.text} `));
  return heard.length === 1 && heard[0]!.bySound ? heard[0]!.name : mention;
}

/**
 * The trained intent model plus entities matched against the CRM's own names: what the bot core
 * uses when the shipped model is present. The account mention is the best matching account's words,
 * else the words after the last preposition ("open deals for Acme Corp"), else a pronoun ("their deals").
 */
export class CrmUnderstander implements Understander {
  private readonly phrasing = new PatternUnderstander();

  constructor(
    private readonly model: IntentModel,
    private readonly names: CrmNameSource,
  ) {}

  async understand(text: string, context?: UnderstandingContext): Promise<Understanding> {
    const names = await this.names.current();
    const recognition = recognize(this.model, text, {
      ...names,
      now: context?.now ?? new Date(),
      timeZone: context?.timezone ?? 'UTC',
    });
    // The person's own words for the account when a known phrasing gives them whole ("brief me on
    // acme logis"): the account resolver then decides between close names and says when it is unsure.
    // Its end is where the name ends: "brief me on acme before my call" is about "acme".
    const phrasedWords = (await this.phrasing.understand(text)).accountMention;
    const phrased = phrasedWords ? accountSpanOf(phrasedWords, recognition.entities.accounts) : undefined;
    const mention = heardAs(
      phrased ??
        recognition.entities.accounts[0]?.text ??
        wordsAfterPreposition(text)?.replace(/'s$/, '') ??
        PRONOUN.exec(text)?.[1]?.toLowerCase(),
      recognition.entities.accounts,
    );
    return {
      intent: recognition.isOutOfScope ? 'oos' : recognition.intent,
      confidence: recognition.confidence,
      alternatives: recognition.alternatives
        .slice(1)
        .map((a) => ({ intent: a.intent, confidence: a.confidence })),
      entities: recognition.entities,
      ...(mention ? { accountMention: mention } : {}),
    };
  }
}
