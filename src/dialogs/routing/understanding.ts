/** What the bot understood of one message, whatever model produced it. */
export interface Understanding {
  /** An intent name (`briefing`, `deal_lookup`, `contact_lookup`, `greeting`, `help`, `thanks`, ...) or `oos`. */
  intent: string;
  /** 0..1: how sure the understander is. */
  confidence: number;
  /** The account as written in the message ("acme", "globex.com"), or a pronoun ("their"). */
  accountMention?: string;
  /** Other intents that came close, best first (for "did you mean"). */
  alternatives?: Array<{ intent: string; confidence: number }>;
}

/** Anything that turns a message into an Understanding: patterns today, trained models or an LLM. */
export interface Understander {
  understand(text: string): Promise<Understanding>;
}
