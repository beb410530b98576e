import { isOtherLanguage } from '../../../src/dialogs/routing/other-language';

// Issue 19, eighteenth round (w19t): a message in another language is told apart from English,
// so it gets an honest "I read English" instead of "I can't help with that". Wordings written for
// this test, and English messages with foreign names or words that must stay English.
describe('a message in another language', () => {
  it.each([
    'montre-moi mes tâches',
    'montre-moi mes cas ouverts',
    'quelles sont mes affaires ouvertes',
    'zeig mir meine aufgaben',
    'wie viele offene deals habe ich',
    '¿cuántos deals tengo abiertos?',
    'mis tareas para el 10 de diciembre',
    'muestrame mis clientes',
    'quantos negócios eu tenho',
    'mostrami i miei clienti',
    'bonjour, combien de leads avons-nous cette semaine',
  ])('%s → another language', (text) => expect(isOtherLanguage(text)).toBe(true));

  it.each([
    'show me my open deals',
    'deals at De La Rosa Group',
    'show me la jolla accounts',
    "what's my pipeline in mexico",
    'any deals with Casa del Sol',
    'hola',
    'merci',
    'is the dashboard available in german?',
    'do you speak french',
    'my tasks for die hard productions',
  ])('%s → English', (text) => expect(isOtherLanguage(text)).toBe(false));
});
