import { materialiseReply } from '../../src/bots/render/materialise-reply';
import {
  accountSegmentReply,
  segmentMembersReply,
  segmentMovementsReply,
} from '../../src/dialogs/replies/segment-replies';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { segmentMembers, segmentMovementsSkill, segmentOfAccount } from '../../src/skills/segments';
import { FIXTURE_NOW, servicesFor, temporaryStore } from '../fixtures/small-crm';
import { fullView } from './full-view';
import { loadOrdersFixture, type OrdersFixture } from './segments-fixture';

const marketing: Caller = { role: 'marketing', userId: 'm', timezone: 'UTC' };
const DAY = 86_400_000;

describe('segment skills over the CRM store', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let fixture: OrdersFixture;
  beforeAll(async () => {
    fixture = await loadOrdersFixture(temp.store);
  });
  afterAll(() => temp.cleanup());

  const ctx = { caller: marketing, services };

  it('says which segment an account is in, with the figures behind it', async () => {
    const acme = fullView(await invokeSkill(segmentOfAccount, { account: 'acme corp' }, ctx));
    expect(acme.segment?.name).toBe('Champions');
    expect(acme.segment?.rank).toBe(1);
    expect(acme.figures).toMatchObject({ daysSinceLastOrder: 7, currency: 'USD' });
    const reply = accountSegmentReply(acme);
    expect(reply.text).toMatch(
      /^Acme Corporation is in Champions \(segment 1 of \d+ by expected spend, \d+ accounts\)/,
    );
    expect(reply.buttons?.map((b) => b.value)).toContain('list Champions');

    const umbrella = fullView(await invokeSkill(segmentOfAccount, { account: 'Umbrella' }, ctx));
    const globex = fullView(await invokeSkill(segmentOfAccount, { account: 'Globex' }, ctx));
    expect(umbrella.segment!.rank).toBeGreaterThan(globex.segment!.rank);
    expect(globex.segment!.rank).toBeGreaterThan(1);
  });

  it('answers plainly for an account without purchases, and refuses visitors', async () => {
    const initech = fullView(await invokeSkill(segmentOfAccount, { account: 'Initech' }, ctx));
    expect(initech.segment).toBeUndefined();
    expect(accountSegmentReply(initech).text).toBe(
      'Initech has no purchases on record, so it is not in a customer segment yet.',
    );
    await expect(
      invokeSkill(
        segmentOfAccount,
        { account: 'Acme' },
        { caller: { role: 'visitor', timezone: 'UTC' }, services },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists the champions of a region with a CSV for marketing', async () => {
    const result = await invokeSkill(segmentMembers, { segment: 'champions', region: 'EMEA' }, ctx);
    expect(result.segments).toEqual(['Champions']);
    expect(result.members.map((m) => m.name)).toContain('Hooli');
    expect(result.members.every((m) => m.region === 'EMEA' && m.segment === 'Champions')).toBe(true);
    // The skill returns the rows; the channel's renderer writes the CSV.
    const reply = await materialiseReply(segmentMembersReply(result));
    expect(reply.files?.[0]).toMatchObject({
      contentType: 'text/csv',
      name: expect.stringMatching(/^segment-champions-emea-\d{4}-\d{2}-\d{2}\.csv$/),
    });
    const lines = Buffer.from(reply.files![0]!.base64!, 'base64').toString('utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'account_id,account,region,country,segment,days_since_last_order,orders,spend,currency',
    );
    expect(lines).toHaveLength(result.total + 1);
    expect(reply.text).toMatch(/Hooli/);
  });

  it('says which segments exist when asked for one that does not', async () => {
    await expect(invokeSkill(segmentMembers, { segment: 'vampires' }, ctx)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(
        /There is no "vampires" segment right now\. The segments are: Champions, /,
      ),
    });
  });

  it('finds who moved down since a date, from orders before it, and keeps that snapshot', async () => {
    const since = new Date(FIXTURE_NOW.getTime() - 200 * DAY).toISOString().slice(0, 10);
    const result = await invokeSkill(segmentMovementsSkill, { since, direction: 'down', limit: 50 }, ctx);
    expect(result.sinceSource).toBe('reconstructed');
    const moved = new Set(result.moves.map((m) => m.name));
    expect(moved.has('Umbrella Corporation')).toBe(true);
    expect([...moved].every((name) => fixture.planted.get(name) !== 'champion')).toBe(true);
    expect(segmentMovementsReply(result).text).toMatch(
      new RegExp(`^\\d+ accounts? moved down a segment or more since ${since}`),
    );
    const stored = await temp.store.meta.find({ _id: { $regex: `^segment-snapshot:${since}:` } });
    expect(stored).toHaveLength(1);
  });

  it('compares with the snapshot recorded on the day when one exists (same segment model)', async () => {
    const later = servicesFor(temp.store, new Date(FIXTURE_NOW.getTime() + 40 * DAY));
    const today = FIXTURE_NOW.toISOString().slice(0, 10);
    const result = await invokeSkill(
      segmentMovementsSkill,
      { since: today },
      { caller: marketing, services: later },
    );
    expect(result).toMatchObject({ sinceSource: 'snapshot', since: today });
    // Forty days without orders: the weekly champions have slipped down the ladder since.
    expect(result.moves.map((m) => m.name)).toContain('Acme Corporation');
  });
});
