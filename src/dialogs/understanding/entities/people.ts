import type { NamedRecord } from '../../../vocabulary';
import { colleaguesBySurname, misspeltUserIn } from './misspelt-user-names';
import { colleaguesByNickname } from './nicknames';
import { NameMatcher, type NameCandidate } from './name-matcher';
import { withSoundAlikes } from './sound-alike-lookup';

/** Whom a message is about: the sender, the sender's team, or a named rep. */
export type PersonMention =
  | { readonly kind: 'self'; readonly text: string }
  | { readonly kind: 'team'; readonly text: string }
  | { readonly kind: 'rep'; readonly text: string; readonly candidates: NameCandidate[] };

const TEAM = /\b(my|our|the)\s+(team|reps|squad|group|org)\b|\bteam\b/i;
const SELF = /\b(me|my|mine|myself|i|i'm|i've)\b/i;
/** A word of three letters or more and a final "s" ("lenas"): maybe a possessive without its apostrophe. */
const POSSESSIVE_WITHOUT_APOSTROPHE = /\b([a-z]{3,})s\b/gi;

/** Matchers over the caller's list of reps, built once per list (the name index hands out the same array until users change). */
const matchers = new WeakMap<readonly NamedRecord[], NameMatcher>();
function matcherFor(reps: readonly NamedRecord[]): NameMatcher {
  let matcher = matchers.get(reps);
  if (!matcher) {
    matcher = new NameMatcher(reps);
    matchers.set(reps, matcher);
  }
  return matcher;
}

/** People in a message: "my team" before "me", then reps named from the caller's list of users. */
export function extractPeople(text: string, reps: readonly NamedRecord[] = []): PersonMention[] {
  const mentions: PersonMention[] = [];
  const team = TEAM.exec(text);
  const withoutTeam = team
    ? text.slice(0, team.index) + ' '.repeat(team[0].length) + text.slice(team.index + team[0].length)
    : text;
  if (team) mentions.push({ kind: 'team', text: team[0] });
  const self = SELF.exec(withoutTeam);
  if (self) mentions.push({ kind: 'self', text: self[0] });
  if (reps.length > 0) {
    let candidates = withSoundAlikes(matcherFor(reps).find(withoutTeam, 0.75), withoutTeam, reps);
    // "whats lenas pipeline", "only sophies": a possessive typed without its apostrophe, read as
    // one only when no rep is named as typed (so "james" and "marcus" stay whole).
    if (candidates.length === 0) {
      const possessive = withoutTeam.replace(POSSESSIVE_WITHOUT_APOSTROPHE, "$1's");
      if (possessive !== withoutTeam) candidates = matcherFor(reps).find(possessive, 0.75);
    }
    // "how is sofie doing", "sofie laurents biggest deal": a name misspelt, read as the one
    // colleague it is clearly closest to when no name is read as surely as a first name is.
    if ((candidates[0]?.score ?? 0) < 0.85) {
      const misspelt = misspeltUserIn(withoutTeam, reps);
      if (misspelt) candidates = [misspelt, ...candidates.filter((c) => c.id !== misspelt.id)];
    }
    // "hows chen doing", "rivera vs johnson": colleagues named by surname alone, each in its own
    // words, unless the colleague is already read as surely (a first or whole name).
    for (const bySurname of colleaguesBySurname(withoutTeam, reps)) {
      const same = candidates.find((c) => c.id === bySurname.id);
      if (same && same.score >= bySurname.score) continue;
      candidates = [...candidates.filter((c) => c.id !== bySurname.id), bySurname];
    }
    // "jim's biggest deal", "how's liv doing": a colleague called by a nickname of their first name
    // (James, Olivia), each in its own words, unless already read as surely.
    for (const byNickname of colleaguesByNickname(withoutTeam, reps))
      if (!candidates.some((c) => c.id === byNickname.id || c.text === byNickname.text))
        candidates = [...candidates, byNickname];
    candidates = [...candidates].sort((a, b) => b.score - a.score);
    if (candidates.length > 0) mentions.push({ kind: 'rep', text: candidates[0]!.text, candidates });
  }
  return mentions;
}
