declare module 'wink-sentiment' {
  /** One token of the analysed text, with its AFINN score when it carries sentiment. */
  interface WinkToken {
    value: string;
    tag: string;
    score?: number;
    negation?: boolean;
  }
  /** The analysis of one text: the raw AFINN sum, the normalised score (-5 … 5) and the tokens. */
  interface WinkSentiment {
    score: number;
    normalizedScore: number;
    tokenizedPhrase: WinkToken[];
  }
  /** Sentiment of an English text from the AFINN-165 lexicon and emoji, with negation handling. */
  function analyse(text: string): WinkSentiment;
  export = analyse;
}
