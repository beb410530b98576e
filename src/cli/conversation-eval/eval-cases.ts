import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';

/** The roles a question can be asked as (the CRM roles and an anonymous website visitor). */
export const EVAL_ROLES = ['rep', 'manager', 'marketing', 'admin', 'visitor', 'support'] as const;
export type EvalRole = (typeof EVAL_ROLES)[number];

/** Who each role is on the demo CRM (`none`: no CRM user, a website visitor). */
export const DEMO_USER_OF_ROLE: Readonly<Record<EvalRole, string>> = {
  rep: 'sam.rivera@demo.crmpro.dev',
  manager: 'morgan.lee@demo.crmpro.dev',
  marketing: 'alex.kim@demo.crmpro.dev',
  admin: 'jordan.blake@demo.crmpro.dev',
  visitor: 'none',
  support: 'riley.park@demo.crmpro.dev',
};

const expectationSchema = z
  .object({
    /** A skill that must have run on the last turn (any of a list), or `none` for no skill at all. */
    skill: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    /** Fields the expected skill's input must hold (a subset match: nested objects and arrays by value). */
    input: z.record(z.string(), z.unknown()).optional(),
    /** Regular expressions (case-insensitive) that must all match the last turn's reply. */
    reply: z.array(z.string()).optional(),
    /** Regular expressions (case-insensitive) that must not match the last turn's reply. */
    notReply: z.array(z.string()).optional(),
  })
  .strict();

/** One line of an evaluation file: a question (or a short conversation) and what a right answer holds. */
export const evalCaseSchema = z
  .object({
    id: z.string().min(1),
    role: z.enum(EVAL_ROLES),
    /** What the question is about (pipeline summary, filter, follow-up, knowledge, ...): the report groups by it. */
    kind: z.string().min(1),
    /** The user e-mail to act as; default: the demo user of the role. */
    as: z.string().optional(),
    /** The messages, in order; the expectation is checked on the replies to the last one. */
    turns: z.array(z.string().min(1)).min(1),
    expect: expectationSchema,
  })
  .strict();

export type EvalCase = z.infer<typeof evalCaseSchema>;
export type EvalExpectation = z.infer<typeof expectationSchema>;

/** Reads a JSON-lines evaluation file (blank lines and lines starting with `//` are skipped). */
export function readEvalCases(file: string): EvalCase[] {
  const cases: EvalCase[] = [];
  const seen = new Set<string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('//')) return;
      let json: unknown;
      try {
        json = JSON.parse(trimmed);
      } catch (error) {
        throw new CrmError(
          ErrorCode.InvalidInput,
          `${file}:${index + 1}: not JSON (${(error as Error).message})`,
        );
      }
      const parsed = evalCaseSchema.safeParse(json);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`);
        throw new CrmError(ErrorCode.InvalidInput, `${file}:${index + 1}: ${issues.join('; ')}`);
      }
      if (seen.has(parsed.data.id))
        throw new CrmError(ErrorCode.InvalidInput, `${file}:${index + 1}: duplicate id ${parsed.data.id}`);
      seen.add(parsed.data.id);
      cases.push(parsed.data);
    });
  return cases;
}
