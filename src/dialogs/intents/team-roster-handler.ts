import type { Skill } from '../../skills/skill';
import { listTeamMembers, type TeamRoster } from '../../skills/team-members';
import type { Reply } from '../reply';
import type { IntentHandler } from './intent-handler';

/** The roster in words: "Team Enterprise has 4 members: Morgan Lee (manager), …". */
function rosterReply(roster: TeamRoster): Reply {
  if (!roster.members.length) return { text: `I found no active members of team ${roster.team}.` };
  const items = roster.members.map((m) => ({
    title: m.name,
    subtitle: [m.role, m.region, m.email].filter(Boolean).join(', '),
  }));
  const count = roster.members.length === 1 ? '1 member' : `${roster.members.length} members`;
  return {
    text: `Team ${roster.team} has ${count}:\n${items.map((i) => `- ${i.title} (${i.subtitle})`).join('\n')}`,
    lists: [{ title: `Team ${roster.team}`, items }],
  };
}

/** "who's on my team", "who are my reps": the active members of the caller's team. */
export const teamRosterHandler: IntentHandler = {
  intents: ['team_roster'],
  capability: {
    skill: listTeamMembers as Skill<never, unknown>,
    summary: "list your team's members",
    examples: ["who's on my team?"],
  },
  handle: async ({ caller, skills }) => rosterReply(await skills.call(listTeamMembers, {}, caller)),
};
