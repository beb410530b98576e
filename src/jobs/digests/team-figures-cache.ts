import type { AtRiskDealsResult } from '../../skills/at-risk-deals';
import type { ForecastResult } from '../../skills/forecast';
import type { SkillServices } from '../../skills/skill';
import type { DigestDealSnapshot } from '../../vocabulary/digest';

/** What every digest of one scope (a manager's team) on one local day shares. */
export interface TeamFigures {
  forecast: ForecastResult;
  risky: AtRiskDealsResult;
  /** Open deals and those closed since `dealsSince`, with win scores (each digest cuts at its own last run). */
  deals: DigestDealSnapshot[];
  dealsSince: Date;
}

/** Cached figures are recomputed after this long even when no deal changed (interactions move scores and risks too). */
export const TEAM_FIGURES_TTL_MS = 10 * 60_000;

interface Entry {
  version: string;
  at: number;
  figures: Promise<TeamFigures>;
  charts: Map<string, Promise<Buffer>>;
}

/**
 * The composed figures of a team's digests, per process: the forecast, the deals at risk, the
 * scored deals and the chart are the same for every manager of a team on a day, so N subscribers
 * of a team cost one computation. An entry is keyed by scope, time zone and local day, and is used
 * only while the store's deals are unchanged (their count and latest `updatedAt`: a deal added,
 * edited or removed anywhere makes the next digest recompute) and for at most
 * `TEAM_FIGURES_TTL_MS`. A failed computation is not kept.
 */
export class TeamFiguresCache {
  private readonly entries = new Map<string, Entry>();
  /** How many times figures were computed (the rest were served from the cache). */
  loads = 0;

  constructor(private readonly ttlMs = TEAM_FIGURES_TTL_MS) {}

  /** The figures of `key` at data `version`, computed by `load` when missing, stale or of another version. */
  figures(key: string, version: string, now: number, load: () => Promise<TeamFigures>): Promise<TeamFigures> {
    const entry = this.entry(key, version, now, load);
    return entry.figures;
  }

  /** The chart of `key` for these chart figures (drawn once per entry and figures). */
  chart(key: string, chartKey: string, draw: () => Promise<Buffer>): Promise<Buffer> {
    const entry = this.entries.get(key);
    if (!entry) return draw();
    let png = entry.charts.get(chartKey);
    if (!png) {
      png = draw();
      entry.charts.set(chartKey, png);
      png.catch(() => entry.charts.delete(chartKey));
    }
    return png;
  }

  private entry(key: string, version: string, now: number, load: () => Promise<TeamFigures>): Entry {
    const found = this.entries.get(key);
    if (found && found.version === version && now - found.at < this.ttlMs) return found;
    // Entries of earlier days (or versions) are dropped as the key's day moves on: keep the map small.
    for (const [k, e] of this.entries) if (now - e.at >= this.ttlMs) this.entries.delete(k);
    this.loads++;
    const entry: Entry = { version, at: now, figures: load(), charts: new Map() };
    this.entries.set(key, entry);
    entry.figures.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry;
  }
}

/** The process's cache (one per set of skill services, like the trained models). */
export function teamFiguresCacheOf(services: SkillServices): Promise<TeamFiguresCache> {
  return services.artifacts.get('digests:team-figures', async () => new TeamFiguresCache());
}

/**
 * The version of the deals the figures were computed from: their count and latest change. Two
 * small queries, against a forecast that reads and scores every deal of the team.
 */
export async function dealsVersionOf(services: SkillServices): Promise<string> {
  const [count, [latest]] = await Promise.all([
    services.store.deals.countDocuments({}),
    services.store.deals.find({}, { sort: { updatedAt: -1 }, limit: 1, projection: { updatedAt: 1 } }),
  ]);
  return `${count}:${latest?.updatedAt ? new Date(latest.updatedAt).getTime() : 0}`;
}
