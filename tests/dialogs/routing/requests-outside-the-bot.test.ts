import { requestOutsideTheBot } from '../../../src/dialogs/routing/requests-outside-the-bot';

describe('requests outside what the bot does', () => {
  it.each([
    'write a poem about sales pipelines',
    'Write me a haiku about Q4',
    'can you write a short story for my kid',
    'tell me a joke',
    'know any good jokes?',
    'sing me a song',
    'compose a limerick about our CRM',
    'a joke please',
    'write some poetry about churn',
    'make me laugh',
    'give me a bedtime story',
  ])('"%s" asks for entertainment', (message) => {
    expect(requestOutsideTheBot(message)).toBe('entertainment');
  });

  it.each([
    "what's the weather in london",
    'how is the weather today',
    'weather in berlin tomorrow',
    'give me a recipe for lasagne',
    'who won the world cup',
    'football scores from last night',
  ])('"%s" asks for general information', (message) => {
    expect(requestOutsideTheBot(message)).toBe('world-information');
  });

  it.each([
    'write a follow-up email to acme',
    'draft a reply to case 1207',
    'tell me about Song Industries',
    'tell me about the song account',
    'brief me on acme',
    'do you have customer success stories?',
    'what is the forecast this week',
    'send the forecast digest to my team',
    'any case studies from retail?',
    'tell me a story about how acme became a customer',
    'log a call with jane: she told a joke about procurement',
    'what does the weather api integration do',
  ])('"%s" is something else', (message) => {
    expect(requestOutsideTheBot(message)).toBeUndefined();
  });
});
