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
