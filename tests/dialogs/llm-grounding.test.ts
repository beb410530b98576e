import { numbersIn, unbackedNumbers } from '../../src/dialogs/llm/grounding';

describe('grounding check of LLM answers', () => {
  it('reads amounts as people write them', () => {
    expect(numbersIn('$1.2M, €85k, 250,000 USD, 35%, 12 meetings, on 2026-04-14T09:00')).toEqual([
      1_200_000, 85_000, 250_000, 35, 12, 2026, 4, 14, 9, 0,
    ]);
  });

  it('accepts figures the tool results contain, rounded as a reply rounds them', () => {
    const evidence = ['{"amount":249500,"probability":0.354,"closeDate":"2026-04-14T00:00:00.000Z"}'];
    expect(unbackedNumbers('The deal is worth $250k, 35% likely, closing 14 Apr 2026.', evidence)).toEqual(
      [],
    );
  });

  it('flags figures nothing backs, but not small counts', () => {
    const evidence = ['{"deals":[{"amount":90000}]}'];
    expect(unbackedNumbers('Globex has 2 open deals worth €350k in total.', evidence)).toEqual([350_000]);
  });

  it('does not take digits inside document ids or UUIDs as figures', () => {
    const evidence = [
      '{"account":{"_id":"65a3b350000f9c1d2e3f4a5b","name":"Globex"},"request":"0f8e3500-0000-4abc-8def-350000000000","amount":90000}',
    ];
    expect(unbackedNumbers('Globex has one open deal worth €350k.', evidence)).toEqual([350_000]);
    expect(unbackedNumbers('Globex has one open deal worth €90k.', evidence)).toEqual([]);
  });
});
