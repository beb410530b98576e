import { isCrmError, ErrorCode, type CrmError } from '../../src/core/errors';
import { temporaryStore } from '../fixtures/small-crm';
import { aDeal } from '../contract/store-fixtures';

/** The INVALID_INPUT a store call fails with. */
async function invalid(call: () => Promise<unknown>): Promise<CrmError> {
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isCrmError(error, ErrorCode.InvalidInput))
    throw new Error(`expected INVALID_INPUT, got ${String(error)}`);
  return error;
}

/** Words of mongoose's own messages that must never reach a person. */
const MONGOOSE_TEXT =
  /Cast to|Path `|enum value|failed for value|ObjectId|Validator failed|\(type string\)|`/;

describe('store errors in words a person can read', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());

  it('says which field is wrong and what it takes, never with mongoose text', async () => {
    const cases: Array<[() => Promise<unknown>, RegExp]> = [
      [
        () => temp.store.deals.insertOne({ ...aDeal('a-1', 'x'), amount: 'lots' } as never),
        /amount: must be a number/,
      ],
      [
        () => temp.store.deals.insertOne({ ...aDeal('a-1', 'x'), closeDate: 'someday' } as never),
        /closeDate: must be a date/,
      ],
      [
        () => temp.store.deals.insertOne({ ...aDeal('a-1', 'x'), amount: -5 } as never),
        /amount: must be at least 0/,
      ],
      [
        () => temp.store.deals.insertOne({ ...aDeal('a-1', 'x'), stage: 'won' } as never),
        /stage: must be one of prospecting, qualification, proposal, negotiation, closed_won, closed_lost/,
      ],
      [
        () =>
          temp.store.contacts.insertOne({
            accountId: 'a-1',
            firstName: 'A',
            lastName: 'B',
            primary: { yes: 1 },
          } as never),
        /primary: must be true or false/,
      ],
      [() => temp.store.deals.find({ amount: 'lots' }), /amount: "lots" is not a number/],
      [() => temp.store.deals.find({ closeDate: { $gt: 'someday' } }), /closeDate: "someday" is not a date/],
    ];
    for (const [call, expected] of cases) {
      const error = await invalid(call);
      expect(error.message).toMatch(expected);
      expect(error.message).not.toMatch(MONGOOSE_TEXT);
    }
  });

  it('keeps a schema message written for people', async () => {
    const error = await invalid(() =>
      temp.store.deals.insertOne({ ...aDeal('a-1', 'x'), currency: 'dollars' } as never),
    );
    expect(error.message).toMatch(/currency must be a three-letter ISO 4217 code such as USD/);
  });
});
