import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSlackWebClient } from '../../../src/bots/slack/slack-web-api';
import { previewDigest } from '../../../src/cli/digest-actions';
import { silentLogger } from '../../../src/core/logger';
import { composeAccountsToCallDigest } from '../../../src/jobs/digests/accounts-to-call-digest';
import { digestJob, type DigestOutcome } from '../../../src/jobs/digests/digest-job';
import { digestCardFor } from '../../../src/jobs/digests/digest-render';
import { slackDigestSender } from '../../../src/jobs/digests/digest-senders';
import { composeSegmentMovementDigest } from '../../../src/jobs/digests/segment-movement-digest';
import { DigestLedger, NO_CONTACT_DAYS, RENEWAL_DAYS, subscribeDigest } from '../../../src/skills/digests';
import { churnRisk } from '../../../src/skills/churn-risk';
import { segmentMovementsSkill } from '../../../src/skills/segments';
import { callerOfUser } from '../../../src/skills/shared/user-directory';
import { invokeSkill, type SkillServices } from '../../../src/skills/skill';
import { DEMO_REP_EMAIL, seedDemoCrm } from '../../../src/store/seed';
import { OPEN_STAGES, type User } from '../../../src/vocabulary';
import type { DigestSubscription } from '../../../src/vocabulary/digest';
import { SlackApiStandIn } from '../../fixtures/slack-api-stand-in';
import { servicesFor, temporaryStore } from '../../fixtures/small-crm';

const NOW = new Date('2026-02-16T13:00:00Z');
const DAY = 86_400_000;
const TOKEN = 'xoxb-weekly-digests';

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("the rep's weekly accounts-to-call and marketing's segment movement digests (demo CRM)", () => {
  const temp = temporaryStore();
  const slack = new SlackApiStandIn(TOKEN);
  let services: SkillServices;
  let rep: User;
  let marketer: User;
  let repSub: DigestSubscription;
  let marketingSub: DigestSubscription;

  beforeAll(async () => {
    await seedDemoCrm(temp.store, { anchor: NOW, scale: 0.05 });
    await slack.start();
    services = servicesFor(temp.store, NOW);
    rep = (await temp.store.users.findOne({ email: DEMO_REP_EMAIL }))!;
    marketer = (await temp.store.users.findOne({ role: 'marketing', active: true }))!;
    ({ subscription: repSub } = await invokeSkill(
      subscribeDigest,
      { kind: 'accounts-to-call', channel: 'slack' },
      { caller: callerOfUser(rep, 'UTC'), services },
    ));
    ({ subscription: marketingSub } = await invokeSkill(
      subscribeDigest,
      { kind: 'segment-movement', channel: 'slack' },
      { caller: callerOfUser(marketer, 'UTC'), services },
    ));
  }, 120_000);
  afterAll(async () => {
    await slack.stop();
    await temp.cleanup();
  });

  it('lists the rep’s own accounts with renewals coming up and no contact in 30 days, each reason in words', async () => {
    expect(repSub).toMatchObject({ kind: 'accounts-to-call', schedule: 'mondays 08:00' });
    const digest = await composeAccountsToCallDigest(services, repSub, rep);
    const f = digest.figures;
    const owned = (await temp.store.accounts.find({ ownerId: rep._id })).filter(
      (a) => a.status !== 'churned',
    );
    expect(f.ownedAccounts).toBe(owned.length);
    // The truth, from the store: open renewal deals closing within 45 days, and the last interaction.
    const renewals = await temp.store.deals.find({
      accountId: { $in: owned.map((a) => a._id) },
      type: 'renewal',
      stage: { $in: [...OPEN_STAGES] },
      closeDate: { $lte: new Date(NOW.getTime() + (RENEWAL_DAYS + 1) * DAY) },
    });
    const renewing = new Set(renewals.map((d) => d.accountId));
    const quiet = new Set<string>();
    for (const a of owned) {
      const [last] = await temp.store.interactions.find(
        { accountId: a._id, occurredAt: { $lte: NOW } },
        { sort: { occurredAt: -1 }, limit: 1 },
      );
      if (!last || NOW.getTime() - last.occurredAt.getTime() >= NO_CONTACT_DAYS * DAY) quiet.add(a._id);
    }
    expect(renewing.size + quiet.size).toBeGreaterThan(0);
    expect(f.byReason['renewal-due']).toBe(renewing.size);
    expect(f.byReason['no-contact']).toBe(quiet.size);
    expect(f.byReason['score-falling']).toBe(0); // a first digest has nothing to compare with
    expect(f.firstDigest).toBe(true);
    // Churn risk from the churn-risk skill: the rep's customers at high or medium risk.
    expect(f.churnRiskIncluded).toBe(true);
    const churn = await invokeSkill(
      churnRisk,
      { scope: 'mine', limit: 50 },
      { caller: callerOfUser(rep, 'UTC'), services },
    );
    const risky = new Set(
      churn.kind === 'list' ? churn.accounts.filter((a) => a.level !== 'low').map((a) => a.accountId) : [],
    );
    expect(f.byReason['churn-risk']).toBe(risky.size);
    for (const a of f.accounts) {
      expect(owned.map((o) => o._id)).toContain(a.id);
      const codes = a.reasons.map((r) => r.code);
      expect(codes.includes('renewal-due')).toBe(renewing.has(a.id));
      expect(codes.includes('no-contact')).toBe(quiet.has(a.id));
      expect(codes.includes('churn-risk')).toBe(risky.has(a.id));
      for (const r of a.reasons)
        expect(r.text).toMatch(
          /^(renewal ".+" \(\$[\d,]+\) (closes|was due) \d{4}-\d\d-\d\d|no contact|churn risk \d+% \((high|medium)\))/,
        );
    }
    // The most pressing first: an account with a renewal comes before one that is only quiet.
    const firstQuietOnly = f.accounts.findIndex((a) => a.reasons.every((r) => r.code === 'no-contact'));
    const lastRenewal = f.accounts
      .map((a) => a.reasons.some((r) => r.code === 'renewal-due'))
      .lastIndexOf(true);
    if (firstQuietOnly >= 0 && lastRenewal >= 0) expect(lastRenewal).toBeLessThan(firstQuietOnly);
    const size = pngSize(digest.chartPng);
    expect(size.width).toBeGreaterThanOrEqual(400);
    expect(size.height).toBeGreaterThanOrEqual(200);
    expect(digest.reply.text).toMatch(/of your \d+ accounts are worth a call this week/);
  }, 120_000);

  it('a call logged takes an account off for no contact; a win score that fell since the last digest puts it on', async () => {
    const first = await composeAccountsToCallDigest(services, repSub, rep);
    const quiet = first.figures.accounts.find((a) => a.reasons.some((r) => r.code === 'no-contact'))!;
    expect(quiet).toBeDefined();
    const logged = await temp.store.interactions.insertOne({
      type: 'call',
      accountId: quiet.id,
      userId: rep._id,
      occurredAt: new Date(NOW.getTime() - 2 * DAY),
      summary: 'caught up on their plans',
    });
    // The last digest saw one open deal's win chance 30 points higher than now.
    const deal = first.snapshot![0]!;
    const ledger = new DigestLedger(temp.store);
    await ledger.saveSnapshot(repSub._id, new Date(NOW.getTime() - 7 * DAY), [
      ...first.snapshot!.slice(1),
      { ...deal, probability: Math.min(1, deal.probability + 0.3) },
    ]);
    try {
      const next = await composeAccountsToCallDigest(services, repSub, rep);
      const again = next.figures.accounts.find((a) => a.id === quiet.id);
      expect(again?.reasons.map((r) => r.code) ?? []).not.toContain('no-contact');
      expect(next.figures.byReason['no-contact']).toBe(first.figures.byReason['no-contact'] - 1);
      expect(next.figures.firstDigest).toBe(false);
      expect(next.figures.byReason['score-falling']).toBe(1);
      const falling = next.figures.accounts.find((a) => a.reasons.some((r) => r.code === 'score-falling'))!;
      expect(falling.reasons.find((r) => r.code === 'score-falling')!.text).toBe(
        `win chance of "${deal.name}" fell from ${Math.round(Math.min(1, deal.probability + 0.3) * 100)}% to ${Math.round(deal.probability * 100)}% since the last digest`,
      );
    } finally {
      await temp.store.interactions.deleteOne({ _id: logged._id });
      await temp.store.digestSnapshots.deleteOne({ _id: repSub._id });
    }
  }, 120_000);

  it('counts the week’s segment moves by flow as the segment-movements skill sees them, with notable moves and a flow chart', async () => {
    const digest = await composeSegmentMovementDigest(services, marketingSub, marketer);
    const f = digest.figures;
    const truth = await invokeSkill(
      segmentMovementsSkill,
      { since: '2026-02-09', limit: 200 },
      { caller: callerOfUser(marketer, 'UTC'), services },
    );
    expect(f.since).toBe('2026-02-09');
    expect(f.moved).toBe(truth.total);
    expect(f.movedUp + f.movedDown + f.newCustomers).toBe(truth.moves.length);
    expect(f.flows).toEqual(
      truth.flows
        .filter((x) => x.from !== x.to)
        .map((x) => expect.objectContaining({ from: x.from, to: x.to, customers: x.customers })),
    );
    expect(f.moved).toBeGreaterThan(0);
    const rank = (s: string) => f.ladder.indexOf(s);
    for (const m of f.notable) {
      expect(truth.moves).toContainEqual({ accountId: m.accountId, name: m.name, from: m.from, to: m.to });
      if (m.why === 'slipped-from-top') {
        expect(rank(m.from)).toBeLessThan(2);
        expect(rank(m.to)).toBeGreaterThan(rank(m.from));
      }
    }
    // Slipping champions and loyal customers come first, then the biggest spenders that moved.
    const whys = f.notable.map((m) => m.why);
    expect(whys.lastIndexOf('slipped-from-top')).toBeLessThan(
      whys.includes('biggest-spend') ? whys.indexOf('biggest-spend') : Infinity,
    );
    const spends = f.notable.filter((m) => m.why === 'biggest-spend').map((m) => m.spend);
    expect(spends).toEqual([...spends].sort((a, b) => b - a));
    const size = pngSize(digest.chartPng);
    expect(size.width).toBeGreaterThanOrEqual(400);
    expect(size.height).toBeGreaterThanOrEqual(200);
    const card = digestCardFor('teams', digest.reply) as { body: { type: string; text?: string }[] };
    expect(card.body[0]!.text).toMatch(/^Segment movement: week to /);
  }, 120_000);

  it('delivers both through Slack (Block Kit and the chart), once per subscriber and day', async () => {
    const job = digestJob({
      senders: {
        slack: slackDigestSender(
          createSlackWebClient({ botToken: TOKEN, apiUrl: slack.url }),
          silentLogger(),
        ),
      },
    });
    const run = (sub: DigestSubscription, at: Date) =>
      job.run(
        { subscriptionId: sub._id, timezone: sub.timezone },
        { services, logger: silentLogger(), firedAt: at },
      ) as Promise<DigestOutcome>;
    const posts = slack.callsOf('chat.postMessage').length;
    expect(await run(repSub, NOW)).toMatchObject({ outcome: 'delivered' });
    expect(await run(marketingSub, NOW)).toMatchObject({ outcome: 'delivered' });
    // A second run of the same day (a retry, a duplicated job) sends nothing.
    expect(await run(repSub, new Date(NOW.getTime() + 60_000))).toMatchObject({
      outcome: 'skipped',
      reason: 'already delivered',
    });
    const sent = slack.callsOf('chat.postMessage').slice(posts);
    expect(sent).toHaveLength(2);
    expect(JSON.stringify(sent[0]!.args.blocks)).toContain('Accounts to call this week');
    expect(JSON.stringify(sent[1]!.args.blocks)).toContain('Segment movement');
    expect(slack.callsOf('files.completeUploadExternal').length).toBeGreaterThanOrEqual(2);
    const delivered = await temp.store.digestDeliveries.find({ state: 'delivered' });
    expect(delivered.map((d) => d.kind).sort()).toEqual(['accounts-to-call', 'segment-movement']);
    // The rep's snapshot now keeps the win scores the next digest compares with.
    expect((await new DigestLedger(temp.store).snapshotOf(repSub._id))?.deals.length).toBeGreaterThan(0);
  }, 120_000);

  it('crmpro digest preview renders the rep’s and the marketer’s digests without sending anything', async () => {
    const posts = slack.callsOf('chat.postMessage').length;
    const out = mkdtempSync(path.join(tmpdir(), 'crmpro-weekly-preview-'));
    const written = await previewDigest(services, { user: rep.email, out, kind: 'accounts-to-call' });
    expect(written.map((f) => path.basename(f))).toEqual([
      'digest.json',
      'accounts-to-call.png',
      'card.json',
    ]);
    const json = JSON.parse(readFileSync(written[0]!, 'utf8')) as { kind: string; channel: string };
    expect(json).toMatchObject({ kind: 'accounts-to-call', channel: 'slack' });
    expect(pngSize(readFileSync(written[1]!)).width).toBeGreaterThanOrEqual(400);
    expect(JSON.parse(readFileSync(written[2]!, 'utf8'))).toHaveProperty('blocks');
    const out2 = mkdtempSync(path.join(tmpdir(), 'crmpro-weekly-preview-'));
    const files = await previewDigest(services, { user: marketer.email, out: out2 });
    expect(files.map((f) => path.basename(f))).toEqual(['digest.json', 'segment-movement.png', 'card.json']);
    expect(slack.callsOf('chat.postMessage').length).toBe(posts);
  }, 120_000);
});
