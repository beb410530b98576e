export {
  meanSentiment,
  scoreSentiment,
  sentimentLabelOf,
  SENTIMENT_LEXICON,
  type SentimentLabel,
} from './sentiment-score';
