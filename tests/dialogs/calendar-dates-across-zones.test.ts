import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openRowFile } from '../../src/cli/export-files';
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatCalendarDay, formatDate } from '../../src/dialogs/replies/format';
import { atRiskDeals } from '../../src/skills/at-risk-deals';
import { accountsToCall } from '../../src/skills/digests';
import { exportRecords, type RecordExport } from '../../src/skills/data-export';
import { queryRecords } from '../../src/skills/query-records';
import { invokeSkill } from '../../src/skills/skill';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';

/** Every text a reply shows: its text, list items and facts. */
function shown(replies: Awaited<ReturnType<ChatDriver['say']>>): string {
  return replies
    .flatMap((r) => [
      r.text ?? '',
      ...(r.lists ?? []).flatMap((l) =>
        l.items.map((i) => `${i.title} · ${i.subtitle ?? ''} · ${i.value ?? ''}`),
      ),
      ...(r.facts ?? []).map((f) => `${f.label}: ${f.value}`),
    ])
    .join('\n');
}

describe('calendar dates read the same in Chicago and Auckland', () => {
  let world: EvalWorld;
  let deal: Deal;
  let accountName: string;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const store = world.services.store;
    // Sam reads in Chicago (UTC-6); his manager, for this test, in Auckland (UTC+13 in December).
    await store.users.updateOne({ email: MORGAN }, { $set: { timezone: 'Pacific/Auckland' } });
    const sam = (await store.users.findOne({ email: SAM }))!;
    expect(sam.timezone).toBe('America/Chicago');
    const december = (
      await store.deals.find({
        ownerId: sam._id,
        stage: { $in: ['proposal', 'negotiation', 'qualification', 'prospecting'] },
      })
    )
      .filter((d) => d.closeDate.toISOString() >= '2026-12-08' && d.closeDate.toISOString() < '2027-01')
      .sort((a, b) => b.amount - a.amount);
    deal = december[0]!;
    accountName = (await store.accounts.findById(deal.accountId))!.name;
  }, 120_000);
  afterAll(() => world.close());

  it('shows the stored UTC day, never the day before (Chicago) or after (Auckland)', async () => {
    // Stored at 00:00 UTC: the same instant is the evening before in Chicago.
    expect(deal.closeDate.toISOString()).toMatch(/T00:00:00\.000Z$/);
    const day = formatCalendarDay(deal.closeDate);
    const chicagoDay = formatDate(deal.closeDate, 'America/Chicago');
    expect(chicagoDay).not.toBe(day);

    for (const [email, id] of [
      [SAM, 'dates-chicago'],
      [MORGAN, 'dates-auckland'],
    ] as const) {
      const chat = new ChatDriver(world.services, id, { localUser: email });
      // The deal's own line in each answer carries the UTC day, not Chicago's day before it.
      const lineOf = (text: string) =>
        text.split('\n').find((line) => line.includes(deal.name) && /\bcloses\b/.test(line)) ?? '';
      const lookup = lineOf(shown(await chat.say(`when does the ${deal.name} close?`)));
      expect(lookup).toContain(`${deal.name} closes on ${day}`);
      const list = lineOf(shown(await chat.say("which of Sam's deals close this month?")));
      expect(list).toContain(`${deal.name} — `);
      expect(list).toContain(`closes ${day}`);
      const briefing = lineOf(shown(await chat.say(`brief me on ${accountName}`)));
      expect(briefing).toContain(`closes ${day}`);
      for (const line of [lookup, list, briefing]) expect(line).not.toContain(chicagoDay);
    }
  }, 120_000);

  it('exports the same close date whoever exports it, wherever they are', async () => {
    const cells: string[] = [];
    for (const timezone of ['America/Chicago', 'Pacific/Auckland']) {
      const result = (await invokeSkill(
        exportRecords,
        { collection: 'deals' },
        { caller: { role: 'admin', timezone, channel: 'cli' }, services: world.services },
      )) as RecordExport;
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'crmpro-dates-')), 'deals.csv');
      const out = openRowFile('csv', file, result.columns);
      for await (const batch of result.batches) await out.write(batch);
      await out.finish();
      const lines = readFileSync(file, 'utf8').split('\n');
      const column = lines[0]!.split(',').indexOf('closeDate');
      const row = lines.find((line) => line.startsWith(`${deal._id},`))!;
      cells.push(row.split(',')[column]!);
    }
    expect(cells).toEqual([
      `${deal.closeDate.toISOString().slice(0, 10)}T00:00:00.000Z`,
      `${deal.closeDate.toISOString().slice(0, 10)}T00:00:00.000Z`,
    ]);
  }, 120_000);

  it('a follow-up task due on a day shows that day to both, in the confirmation and in "my tasks"', async () => {
    for (const [email, id] of [
      [SAM, 'task-chicago'],
      [MORGAN, 'task-auckland'],
    ] as const) {
      const chat = new ChatDriver(world.services, id, { localUser: email });
      const say = async (message: string) => (await chat.say(message)).map((r) => r.text).join('\n');
      expect(
        await say('log a call with Jane at Initech: discussed the rollout, follow up on Dec 10'),
      ).toMatch(/\? \(yes\/no\)$/);
      expect(await say('yes')).toMatch(/due 10 Dec\? \(yes \/ no \/ another day\)$/);
      // Stored at noon UTC of the day: 01:00 the next day in Auckland, which must not show.
      expect(await say('yes')).toMatch(/^Task created: .* due 10 Dec\.$/);
      expect(await say('my open tasks')).toMatch(/ — due 10 Dec 2026/);
    }
  }, 120_000);

  it('counts overdue from the reader’s own today: a deal closing 4 Dec is overdue in Auckland (5 Dec) but not yet in Chicago', async () => {
    const store = world.services.store;
    const sam = (await store.users.findOne({ email: SAM }))!;
    const template = (await store.deals.findById(deal._id))!;
    const { _id: _ignored, createdAt: _c, updatedAt: _u, ...fields } = template;
    const due = await store.deals.insertOne({
      ...fields,
      name: 'Calendar day probe',
      stage: 'negotiation',
      closeDate: new Date('2026-12-04T00:00:00Z'),
    });
    const overdue = async (timezone: string) => {
      const caller = { role: 'rep' as const, userId: sam._id, team: sam.team, timezone };
      const query = await invokeSkill(
        queryRecords,
        { record: 'deal', owner: { scope: 'mine' }, status: 'overdue', aggregate: 'list', limit: 50 },
        { caller, services: world.services },
      );
      const risky = await invokeSkill(atRiskDeals, { limit: 50 }, { caller, services: world.services });
      return {
        listed: (query.deals ?? []).some((d) => d.id === due._id),
        reason: risky.deals.find((d) => d.id === due._id)?.risks.find((r) => r.kind === 'overdue')?.reason,
      };
    };
    expect(await overdue('America/Chicago')).toEqual({ listed: false, reason: undefined });
    expect(await overdue('Pacific/Auckland')).toEqual({
      listed: true,
      reason: 'close date passed 1 day ago (2026-12-04)',
    });
    await store.deals.deleteOne({ _id: due._id });
  }, 120_000);

  it('counts a renewal’s days from the rep’s own today, and shows its close date as the same day', async () => {
    const store = world.services.store;
    const sam = (await store.users.findOne({ email: SAM }))!;
    const template = (await store.deals.findById(deal._id))!;
    const { _id: _ignored, createdAt: _c, updatedAt: _u, ...fields } = template;
    const renewal = await store.deals.insertOne({
      ...fields,
      name: 'Calendar renewal probe',
      type: 'renewal',
      stage: 'proposal',
      closeDate: new Date('2026-12-07T00:00:00Z'),
    });
    const reasonIn = async (timezone: string) => {
      const caller = { role: 'rep' as const, userId: sam._id, team: sam.team, timezone };
      const result = await invokeSkill(accountsToCall, { limit: 100 }, { caller, services: world.services });
      return result.accounts
        .flatMap((a) => a.reasons.map((r) => r.text))
        .find((text) => text.includes('Calendar renewal probe'));
    };
    // 15:00 UTC on 4 Dec is 4 Dec in Chicago and already 5 Dec in Auckland.
    expect(await reasonIn('America/Chicago')).toMatch(/closes 2026-12-07, in 3 days$/);
    expect(await reasonIn('Pacific/Auckland')).toMatch(/closes 2026-12-07, in 2 days$/);
    await store.deals.deleteOne({ _id: renewal._id });
  }, 120_000);
});
