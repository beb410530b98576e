import { isWrittenInAnotherLanguage } from '../../../src/ml/knowledge/text/message-language';

/**
 * A message written in another language than English (the assistant understands English in chat):
 * read by the function words of French, Spanish, German, Italian, Portuguese and Dutch outnumbering
 * English ones (W12-K, issue 19, twelfth round).
 */
describe('a message written in another language', () => {
  it.each([
    ['Bonjour, est-ce que le chat existe en français ?'],
    ['Combien coûte le plan Business par utilisateur ?'],
    ['¿tienen prueba gratuita?'],
    ['Gibt es einen Rabatt für gemeinnützige Organisationen?'],
    ['¿Cuánto cuesta el plan Team para cinco usuarios?'],
    ['Wie viel kostet der Business Plan?'],
    ['Quanto costa il piano Business per utente?'],
    ['Hoeveel kost het voor een team van tien?'],
    ['Vous avez une version gratuite ?'],
    ['Kann ich meine Daten exportieren?'],
  ])('%s', (message) => {
    expect(isWrittenInAnotherLanguage(message)).toBe(true);
  });

  it.each([
    ['hola, does the chat widget come in espanol?'],
    ['how much is the team plan per user'],
    ['tell me about la fitness'],
    ['meeting at 9 est with les mills'],
    ['do you support french'],
    ['que?'],
    ['is there a discount for nonprofits'],
    ['Sophie Laurent pipeline'],
    ['log a call with jean de la fontaine at acme'],
    // A name that is also a foreign word, said again in its e-mail address, is not a sentence.
    ['new lead: Ola Berg ola@nordlys.no'],
    ['new lead: Ola Berg, Nordlys AS, ola.berg@el-sol.es'],
    ['send it to ola@nordlys.no and see https://www.el-sol.es/es/que-es'],
  ])('%s is English', (message) => {
    expect(isWrittenInAnotherLanguage(message)).toBe(false);
  });
});
