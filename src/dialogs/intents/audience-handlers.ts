import {
  audienceSpendChange,
  buildAudience,
  exportAudience,
  listAudiences,
  refreshAudience,
  showAudience,
} from '../../skills/audiences';
import type { Skill } from '../../skills/skill';
import {
  audienceExportReply,
  audienceListReply,
  audienceReply,
  audienceSpendReply,
} from '../replies/audience-replies';
import { audienceNameOf } from '../routing/marketing-questions';
import { audienceRequestOf } from './audience-definition';
import type { IntentHandler, IntentTurn } from './intent-handler';

/** Remembers the audience a reply was about, so "export it" / "refresh that" means it. */
function remembered<T extends { name: string }>(turn: IntentTurn, view: T): T {
  turn.memory.lastAudience = view.name;
  return view;
}

/** The audience a message names; without one, the list of audiences to pick from. */
async function named(turn: IntentTurn): Promise<string | { text: string }> {
  const name = audienceNameOf(turn.text);
  if (name) return name;
  const pointsBack = /\b(?:that|this|it|them|those|last|latest|new)\b/i.test(turn.text);
  const last = turn.memory.lastAudience;
  // "export it": the audience this conversation just built or showed, else the latest built.
  if (last && pointsBack) return last;
  const { audiences } = await turn.skills.call(listAudiences, {}, turn.caller);
  if (audiences[0] && pointsBack) return audiences[0].name;
  return {
    text: audiences.length
      ? `Which audience? ${audiences.map((a) => `"${a.name}"`).join(', ')}.`
      : 'There are no audiences yet. Try "build an audience of champions in EMEA who haven\'t bought in 90 days".',
  };
}

/** Campaign audiences in chat: build, list, show, refresh, spend since, export. */
export const audienceHandlers: IntentHandler[] = [
  {
    intents: ['audience_build'],
    capability: {
      skill: buildAudience as Skill<never, unknown>,
      summary: 'build and save a campaign audience from segments, region, industry and last order',
      examples: ["build an audience of champions in EMEA who haven't bought in 90 days"],
    },
    handle: async (turn) => {
      const { text, caller, skills } = turn;
      const { definition, name } = audienceRequestOf(text);
      const view = await skills.call(
        buildAudience,
        { definition, ...(name ? { name } : {}), request: text.slice(0, 500) },
        caller,
      );
      return audienceReply(remembered(turn, view), 'built');
    },
  },
  {
    intents: ['audience_list'],
    capability: {
      skill: listAudiences as Skill<never, unknown>,
      summary: 'list the saved audiences',
      examples: ['list my audiences'],
    },
    handle: async ({ caller, skills }) =>
      audienceListReply((await skills.call(listAudiences, {}, caller)).audiences),
  },
  {
    intents: ['audience_show'],
    handle: async (turn) => {
      const name = await named(turn);
      if (typeof name !== 'string') return name;
      return audienceReply(
        remembered(turn, await turn.skills.call(showAudience, { name }, turn.caller)),
        'shown',
      );
    },
  },
  {
    intents: ['audience_refresh'],
    capability: {
      skill: refreshAudience as Skill<never, unknown>,
      summary: "refresh an audience on today's data, keeping its history",
      examples: ['refresh the spring audience'],
    },
    handle: async (turn) => {
      const name = await named(turn);
      if (typeof name !== 'string') return name;
      return audienceReply(await turn.skills.call(refreshAudience, { name }, turn.caller), 'refreshed');
    },
  },
  {
    intents: ['audience_compare'],
    capability: {
      skill: audienceSpendChange as Skill<never, unknown>,
      summary: "compare an audience's spend since it was built with before",
      examples: ["how did the spring audience's spend change since?"],
    },
    handle: async (turn) => {
      const name = await named(turn);
      if (typeof name !== 'string') return name;
      return audienceSpendReply(await turn.skills.call(audienceSpendChange, { name }, turn.caller));
    },
  },
  {
    intents: ['audience_export'],
    capability: {
      skill: exportAudience as Skill<never, unknown>,
      summary: 'export an audience’s contacts as CSV, opt-outs left out',
      examples: ['export the spring audience to CSV'],
    },
    handle: async (turn) => {
      const name = await named(turn);
      if (typeof name !== 'string') return name;
      return audienceExportReply(await turn.skills.call(exportAudience, { name }, turn.caller));
    },
  },
];
