/**
 * Where a second question starts in a message typed without punctuation ("is this gdpr compliant
 * where is the data actualy stored", "do you have an api how much does it cost"): a question word
 * followed by its verb, after words that do not embed it ("do you know where is …", "tell me how
 * do i …", "not sure what is …", "customer asks how long …" ask one thing). A split point for the message's sentences and clauses.
 */
export const RUN_ON_QUESTION =
  /(?<!\b(?:know|knows|tell\s+(?:me|us)|ask|asks|asking|asked|inquir\w*|enquir\w*|says|said|me|us|him|her|them|wonder|wonders|wondering|sure|see|explain|show\s+(?:me|us)|out|about|idea|understand|curious|unclear|clue|remember|forgot|decide|check|confirm|and|or|but|is|of|on|to|that|this)\s*)\s+(?=(?:where|how|what|when|which|who|why)\s+(?:is|are|was|were|do|does|did|can|could|will|would|should|much|many|long)\b)(?<=\p{L}\s+)/iu;
