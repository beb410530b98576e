import { composeForecastDigest } from '../../../src/jobs/digests/forecast-digest';
import { teamFiguresCacheOf } from '../../../src/jobs/digests/team-figures-cache';
import { subscribeDigest } from '../../../src/skills/digests';
import { callerOfUser } from '../../../src/skills/shared/user-directory';
import { buildSkillServices } from '../../../src/skills/skill-services';
import { invokeSkill, type SkillServices } from '../../../src/skills/skill';
import { silentLogger } from '../../../src/core/logger';
import { DEMO_MANAGER_EMAIL, seedDemoCrm } from '../../../src/store/seed';
import type { User } from '../../../src/vocabulary';
import type { DigestSubscription } from '../../../src/vocabulary/digest';
import { temporaryStore } from '../../fixtures/small-crm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const START = new Date('2026-02-16T13:00:00Z');

describe("a team's digest figures are computed once per team and day, and again when the deals change", () => {
  const temp = temporaryStore();
  let now = START;
  let services: SkillServices;
  let first: User;
  let second: User;
  const subs: DigestSubscription[] = [];

  beforeAll(async () => {
    await seedDemoCrm(temp.store, { anchor: START, scale: 0.05 });
    services = buildSkillServices({
      store: temp.store,
      logger: silentLogger(),
      clock: () => now,
      modelsDir: mkdtempSync(path.join(tmpdir(), 'crmpro-models-')),
      knowledgeDir: path.join(__dirname, '..', '..', '..', 'knowledge'),
    });
    first = (await temp.store.users.findOne({ email: DEMO_MANAGER_EMAIL }))!;
    second = await temp.store.users.insertOne({
      email: 'second.manager@demo.crmpro.dev',
      name: 'Second Manager',
      role: 'manager',
      team: first.team,
      timezone: first.timezone,
      active: true,
    });
    for (const user of [first, second])
      subs.push(
        (
          await invokeSkill(
            subscribeDigest,
            { kind: 'forecast', timezone: 'Europe/Paris' },
            { caller: callerOfUser(user, 'UTC'), services },
          )
        ).subscription,
      );
  }, 120_000);
  afterAll(() => temp.cleanup());

  it('serves the second manager of a team from the first one’s figures, and recomputes after a deal changes or the day turns', async () => {
    const cache = await teamFiguresCacheOf(services);
    const a = await composeForecastDigest(services, subs[0]!, first);
    const b = await composeForecastDigest(services, subs[1]!, second);
    expect(cache.loads).toBe(1);
    const { generatedAt: _a, subscriber: _sa, ...figuresA } = a.figures;
    const { generatedAt: _b, subscriber: _sb, ...figuresB } = b.figures;
    expect(figuresB).toEqual(figuresA);
    expect(b.chartPng.equals(a.chartPng)).toBe(true);

    // A rep moves an open deal of the team: the next digest shows it, not the cached figures.
    const teamOwners = (await temp.store.users.find({ team: first.team })).map((u) => u._id);
    const deal = (
      await temp.store.deals.find({
        ownerId: { $in: teamOwners },
        stage: { $in: ['qualification', 'proposal', 'negotiation'] },
        closeDate: { $gte: new Date('2026-02-17'), $lt: new Date('2026-03-31') },
        currency: a.figures.currency,
        forecastCategory: { $ne: 'omitted' },
      })
    )[0]!;
    await temp.store.deals.updateOne({ _id: deal._id }, { $set: { amount: deal.amount + 1_000_000 } });
    const c = await composeForecastDigest(services, subs[1]!, second);
    expect(cache.loads).toBe(2);
    const open = (f: typeof a.figures) => f.commit + f.bestCase + f.pipeline;
    expect(open(c.figures)).toBeCloseTo(open(a.figures) + 1_000_000, 0);

    // The next morning is a new day: computed afresh even though no deal changed.
    now = new Date(START.getTime() + 86_400_000);
    await composeForecastDigest(services, subs[0]!, first);
    expect(cache.loads).toBe(3);
    await composeForecastDigest(services, subs[1]!, second);
    expect(cache.loads).toBe(3);
  }, 120_000);
});
