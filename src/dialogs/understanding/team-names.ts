import type { NamedRecord } from '../../vocabulary';

/** Words before or after "team" that are not a team's name ("my team", "the whole team", "sales team"). */
const NOT_A_TEAM_NAME =
  /^(?:my|our|your|their|his|her|its|the|a|an|whole|entire|sales|same|this|that|which|what|whose|every|each|other|own|new|per|by|of|for|in|on|to|s|and|how|is|was|did|does|count|show|list|give|get|what|which|who|total|many|much|all|any|big|top|best|open|full|core|one)$/i;

/**
 * The team a message names: "the mid-market team", "the Enterprise team's", "team APAC"; none for
 * "my team", "the whole team" or "our sales team" (the caller's own, read as `scope: 'team'`), nor
 * for "Sam's team" (a person's). The skills match the name case-insensitively and say so when no
 * team is called that.
 */
export function teamNamedIn(text: string): string | undefined {
  // Before "team", a name is capitalised ("Enterprise team"), hyphenated ("mid-market team") or
  // follows "the" ("the enterprise team"): "count team deals", "how many team deals" name no team.
  const before =
    /(?<!['’])\b(?:(?<=\bthe\s+)([A-Za-z][\w&.]*(?:-[A-Za-z][\w&.]*)*)|([A-Z][\w&.]*(?:-[A-Za-z][\w&.]*)*)|([A-Za-z][\w&.]*(?:-[A-Za-z][\w&.]*)+))\s+team\b/.exec(
      text,
    );
  const after = /\bteam\s+([A-Z][\w&.]*(?:-[A-Za-z][\w&.]*)*)/.exec(text)?.[1];
  for (const name of [before?.[1] ?? before?.[2] ?? before?.[3], after])
    if (name && !NOT_A_TEAM_NAME.test(name)) return name;
  return undefined;
}

/** A team of the CRM named in a message, as the store spells it ("mid market" → "Mid-Market"). */
export interface TeamMention {
  readonly name: string;
  /** The words as written. */
  readonly text: string;
}

/** Patterns of the store's team names, built once per list (the name index keeps the same list until users change). */
const teamPatterns = new WeakMap<readonly NamedRecord[], Array<{ name: string; pattern: RegExp }>>();

/**
 * The teams of the CRM a message names, with or without the word "team": "total open pipeline for
 * mid-market", "forecast for Mid Market this quarter", "enterprise deals over 100k". Matched on the
 * store's own team names (never a list of ours), case-insensitively, with a hyphen, a space or
 * nothing between their words ("mid-market", "mid market", "midmarket"). A name inside another word
 * or after an apostrophe is not a team.
 */
export function teamsNamedIn(text: string, teams: readonly NamedRecord[]): TeamMention[] {
  let patterns = teamPatterns.get(teams);
  if (!patterns) {
    patterns = teams
      .map((team) => {
        const words = team.name.toLowerCase().match(/[a-z0-9]+/g) ?? [];
        const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s_-]*');
        return { name: team.name, pattern: new RegExp(`(?<![\\w'’-])${body}(?![\\w-])`, 'i') };
      })
      .filter((_, index) => (teams[index]!.name.match(/[a-z0-9]/gi) ?? []).length >= 2);
    teamPatterns.set(teams, patterns);
  }
  const found: TeamMention[] = [];
  for (const { name, pattern } of patterns) {
    const match = pattern.exec(text);
    if (match) found.push({ name, text: match[0] });
  }
  return found;
}

/**
 * The team a message is about: a team of the CRM it names (the entity reader's `teams`, from the
 * store's names), else a name written beside the word "team" (`teamNamedIn`, which the skill checks).
 */
export function teamOf(text: string, teams: readonly TeamMention[] | undefined): string | undefined {
  return teams?.[0]?.name ?? teamNamedIn(text);
}
