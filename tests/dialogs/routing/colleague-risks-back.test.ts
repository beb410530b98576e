import { asksColleagueRisksBack } from '../../../src/dialogs/routing/pipeline-risk-words';

// Issue 19, fourteenth round (W15-P): deals at risk of the colleague the conversation just spoke of,
// pointed back at by a pronoun ("and hers at risk?" after Olivia's deals). Wordings written for the
// class, and wordings that must NOT be read so (churn, a named account, no pronoun).
describe("a colleague's deals at risk, pointed back at", () => {
  it.each([
    ['and hers at risk?'],
    ['and his at risk deals'],
    ['which of hers are slipping'],
    ['what about his deals at risk'],
    ['any of her deals at-risk?'],
    ['at risk deals for him?'],
    ['HIS AT RISK ONES'],
    ['is any of his pipeline in danger'],
  ])('%s', (text) => {
    expect(asksColleagueRisksBack(text)).toBe(true);
  });

  it.each([
    ['are her customers at risk'],
    ['which deals are at risk'],
    ['is acme at risk'],
    ['his accounts at risk of churning'],
    ['my deals at risk'],
    ['any of her tickets at risk of breaching'],
  ])('%s is not', (text) => {
    expect(asksColleagueRisksBack(text)).toBe(false);
  });
});
