import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LLM_SKILLS, NOT_LLM_TOOLS } from '../../src/dialogs/llm/skill-catalog';
import type { Skill } from '../../src/skills/skill';

const SKILLS_DIR = path.join(__dirname, '..', '..', 'src', 'skills');

function isSkill(value: unknown): value is Skill<unknown, unknown> {
  const skill = value as Partial<Skill<unknown, unknown>> | undefined;
  return (
    typeof skill?.name === 'string' &&
    Array.isArray(skill.roles) &&
    typeof skill.run === 'function' &&
    typeof skill.description === 'string'
  );
}

/**
 * Every skill the source defines, found on disk (each file under src/skills that calls defineSkill,
 * loaded and its exported skills taken), so a skill added tomorrow is found without a list to update.
 */
function definedSkills(): Map<string, Skill<unknown, unknown>> {
  const skills = new Map<string, Skill<unknown, unknown>>();
  const files = readdirSync(SKILLS_DIR, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && file !== 'skill.ts',
  );
  for (const file of files) {
    const full = path.join(SKILLS_DIR, file);
    if (!readFileSync(full, 'utf8').includes('defineSkill(')) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(full) as Record<string, unknown>;
    for (const value of Object.values(exported)) if (isSkill(value)) skills.set(value.name, value);
  }
  return skills;
}

describe('the LLM tool list covers every skill a role may use', () => {
  const defined = definedSkills();
  const offered = new Set(LLM_SKILLS.map((skill) => skill.name));

  it('finds the skills on disk (the discovery itself works)', () => {
    expect(defined.size).toBeGreaterThan(40);
    expect(defined.has('list-team-members')).toBe(true);
    expect(defined.has('lead-conversion')).toBe(true);
  });

  it('offers the team roster to the LLM', () => {
    expect(offered.has('list-team-members')).toBe(true);
  });

  it('has every skill with a role either in LLM_SKILLS or in NOT_LLM_TOOLS with why', () => {
    const undecided = [...defined.values()]
      .filter((skill) => skill.roles.length > 0)
      .map((skill) => skill.name)
      .filter((name) => !offered.has(name) && !(name in NOT_LLM_TOOLS));
    expect(undecided).toEqual([]);
  });

  it('names each exclusion once, with a reason, and only skills that exist and are not offered', () => {
    for (const [name, why] of Object.entries(NOT_LLM_TOOLS)) {
      expect(defined.has(name)).toBe(true);
      expect(offered.has(name)).toBe(false);
      expect(why.length).toBeGreaterThan(15);
    }
  });

  it('offers only skills that are defined', () => {
    for (const name of offered) expect(defined.has(name)).toBe(true);
  });
});
