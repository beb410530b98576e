import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';

// Issue 19, eleventh round (w9h): a clause after the account's name says why the cases are asked
// ("that could hurt the renewal"); it is not part of the name ("I couldn't find an account called
// 'acme that could hurt the renewal'").
describe("an account's cases asked with a clause after its name", () => {
  it.each([
    ['any open support cases at acme that could hurt the renewal?', 'acme'],
    ['open cases for globex that might block the deal', 'globex'],
    ['tickets at initech which could be a problem for the upsell', 'initech'],
    ['any cases for hooli that i should know about before the call', 'hooli'],
    ['open tickets from wayne enterprises that are still unresolved?', 'wayne enterprises'],
    ['support cases at umbrella corporation which need attention', 'umbrella corporation'],
    // Without a clause, the name as said.
    ['open cases for stark industries', 'stark industries'],
    ['any open tickets at Okafor & Navarro?', 'Okafor & Navarro'],
  ])('"%s" asks for the cases of %s', (text, account) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'account', account });
  });
});
