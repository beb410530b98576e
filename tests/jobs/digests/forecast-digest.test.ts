import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { previewDigest } from '../../../src/cli/digest-actions';
import { composeForecastDigest } from '../../../src/jobs/digests/forecast-digest';
import { digestCardFor } from '../../../src/jobs/digests/digest-render';
import { DigestLedger, setSalesTarget, subscribeDigest } from '../../../src/skills/digests';
import { forecast } from '../../../src/skills/forecast';
import { callerOfUser } from '../../../src/skills/shared/user-directory';
import { invokeSkill, type SkillServices } from '../../../src/skills/skill';
import { DEMO_MANAGER_EMAIL, seedDemoCrm } from '../../../src/store/seed';
import type { User } from '../../../src/vocabulary';
import type { DigestSubscription } from '../../../src/vocabulary/digest';
import { servicesFor, temporaryStore } from '../../fixtures/small-crm';

const NOW = new Date('2026-02-16T13:00:00Z');

/** Width and height from a PNG's IHDR chunk (and a check that it is a PNG at all). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the manager forecast digest on the seeded demo CRM', () => {
  const temp = temporaryStore();
  let services: SkillServices;
  let manager: User;
  let subscription: DigestSubscription;

  beforeAll(async () => {
    await seedDemoCrm(temp.store, { anchor: NOW, scale: 0.05 });
    services = servicesFor(temp.store, NOW);
    manager = (await temp.store.users.findOne({ email: DEMO_MANAGER_EMAIL }))!;
    const caller = callerOfUser(manager, 'UTC');
    await invokeSkill(
      setSalesTarget,
      { team: manager.team, period: '2026-q1', amount: 900_000 },
      { caller, services },
    );
    ({ subscription } = await invokeSkill(
      subscribeDigest,
      { kind: 'forecast', schedule: 'every weekday at 8am' },
      { caller, services },
    ));
  }, 120_000);
  afterAll(() => temp.cleanup());

  it('shows the forecast skill’s figures for the team and quarter, against the team target', async () => {
    expect(subscription).toMatchObject({ cron: '0 8 * * 1-5', schedule: 'weekdays 08:00', channel: 'teams' });
    const digest = await composeForecastDigest(services, subscription, manager);
    const truth = await invokeSkill(
      forecast,
      { period: 'this quarter' },
      { caller: callerOfUser(manager, 'UTC'), services },
    );
    const usd = truth.currencies.find((c) => c.currency === 'USD')!;
    const f = digest.figures;
    expect(f.period).toMatchObject({ label: 'Q1 2026', key: '2026-Q1' });
    expect(f.scope).toBe(`team ${manager.team}`);
    expect(f.currency).toBe('USD');
    expect(f.weighted).toBeCloseTo(usd.weighted, 1);
    expect(f.closedWon).toBeCloseTo(usd.closedWon, 1);
    expect(f.commit).toBeCloseTo(usd.commit, 1);
    expect(f.bestCase).toBeCloseTo(usd.bestCase, 1);
    expect(f.pipeline).toBeCloseTo(usd.pipeline, 1);
    expect(f.openDeals).toBe(usd.openDeals);
    expect(f.target).toEqual({ amount: 900_000, currency: 'USD' });
    expect(f.attainment).toBeCloseTo(usd.weighted / 900_000, 3);
    expect(f.changes.since).toBeNull();
    expect(f.atRisk.length).toBeGreaterThan(0);
    for (const deal of f.atRisk) expect(deal.reasons.length).toBeGreaterThan(0);
    const size = pngSize(digest.chartPng);
    expect(size.width).toBeGreaterThanOrEqual(400);
    expect(size.height).toBeGreaterThanOrEqual(200);
  }, 120_000);

  it('tells what changed since the last digest: won, lost, moved, slipped and new deals', async () => {
    const first = await composeForecastDigest(services, subscription, manager);
    const ledger = new DigestLedger(temp.store);
    await ledger.saveSnapshot(subscription._id, NOW, first.snapshot);
    // The snapshot keeps each deal's mark only; the changes below still name the deals (read from them now).
    const stored = await temp.store.digestSnapshots.findById(subscription._id);
    expect(stored!.deals).toHaveLength(first.snapshot.length);
    expect(Object.keys(stored!.deals[0]!).sort()).toEqual(['closeDate', 'id', 'probability', 'stage']);
    const open = first.snapshot.filter((d) => !d.stage.startsWith('closed'));
    expect(open.length).toBeGreaterThanOrEqual(4);
    const [toWin, toLose, toMove, toSlip] = open;
    const later = new Date(NOW.getTime() + 86_400_000);
    await temp.store.deals.updateOne({ _id: toWin!.id }, { $set: { stage: 'closed_won', closedAt: later } });
    await temp.store.deals.updateOne(
      { _id: toLose!.id },
      { $set: { stage: 'closed_lost', closedAt: later } },
    );
    const nextStage = toMove!.stage === 'negotiation' ? 'proposal' : 'negotiation';
    await temp.store.deals.updateOne({ _id: toMove!.id }, { $set: { stage: nextStage } });
    await temp.store.deals.updateOne(
      { _id: toSlip!.id },
      { $set: { closeDate: new Date(`${toSlip!.closeDate}T00:00:00Z`).getTime() + 30 * 86_400_000 } },
    );
    const fresh = await temp.store.deals.insertOne({
      ...(await temp.store.deals.findById(toMove!.id))!,
      _id: undefined,
      name: 'Brand-new digest deal',
      stage: 'qualification',
    } as never);

    const next = await composeForecastDigest(servicesFor(temp.store, later), subscription, manager);
    const c = next.figures.changes;
    expect(c.since).toBe(NOW.toISOString());
    expect(c.won.map((d) => d.id)).toContain(toWin!.id);
    expect(c.lost.map((d) => d.id)).toContain(toLose!.id);
    expect(c.moved).toContainEqual(
      expect.objectContaining({ id: toMove!.id, from: toMove!.stage, stage: nextStage }),
    );
    expect(c.slipped).toContainEqual(
      expect.objectContaining({ id: toSlip!.id, fromCloseDate: toSlip!.closeDate }),
    );
    expect(c.newDeals.map((d) => d.id)).toContain(fresh._id);
    const titles = next.reply.lists!.flatMap((l) => l.items.map((i) => i.title));
    expect(titles).toContain(`Won: ${toWin!.name}`);
    expect(titles).toContain(`Slipped: ${toSlip!.name}`);
  }, 120_000);

  it('renders an Adaptive Card for Teams and Block Kit with the chart upload for Slack', async () => {
    const digest = await composeForecastDigest(services, subscription, manager);
    const card = digestCardFor('teams', digest.reply);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const body = card.body as { type: string; url?: string; facts?: { title: string }[] }[];
    expect(body.find((e) => e.type === 'Image')?.url).toMatch(/^data:image\/png;base64,/);
    expect(body.find((e) => e.type === 'FactSet')?.facts?.map((f) => f.title)).toEqual(
      expect.arrayContaining(['Weighted forecast', 'Target', 'Commit', 'Best case', 'Pipeline']),
    );
    const slack = digestCardFor('slack', digest.reply) as {
      blocks: { type: string }[];
      uploads: { bytes: number }[];
    };
    expect(slack.blocks[0]!.type).toBe('header');
    expect(slack.uploads).toEqual([expect.objectContaining({ bytes: digest.chartPng.length })]);
  }, 120_000);

  it('crmpro digest preview writes digest.json, forecast.png and the card, and sends or records nothing', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'crmpro-preview-'));
    const files = await previewDigest(services, { user: DEMO_MANAGER_EMAIL, out });
    expect(files.map((f) => path.basename(f))).toEqual(['digest.json', 'forecast.png', 'card.json']);
    const figures = JSON.parse(readFileSync(path.join(out, 'digest.json'), 'utf8'));
    expect(figures).toMatchObject({ kind: 'forecast', channel: 'teams', target: { amount: 900_000 } });
    const size = pngSize(readFileSync(path.join(out, 'forecast.png')));
    expect(size.width).toBeGreaterThanOrEqual(400);
    expect(size.height).toBeGreaterThanOrEqual(200);
    expect(JSON.parse(readFileSync(path.join(out, 'card.json'), 'utf8')).type).toBe('AdaptiveCard');
    expect(await temp.store.digestDeliveries.countDocuments({})).toBe(0);
  }, 120_000);
});
