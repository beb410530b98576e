import { churnModelOf } from './churn-risk';
import { knowledgeBaseOf } from './knowledge';
import { leadScoreModelOf } from './lead-score';
import { crmRecommenderOf } from './recommendations';
import { crmSegmentsOf } from './segments';
import type { SkillServices } from './skill';

/**
 * Loads (or trains) every model the skills use, one after the other, so the first person to ask
 * does not wait for it: the recommender trains from the CRM's orders in seconds at demo size.
 * Failures are logged and left for the skill to report when it is asked.
 */
export async function warmUpSkills(services: SkillServices): Promise<void> {
  const steps: Array<[string, () => Promise<unknown>]> = [
    ['knowledge index', () => knowledgeBaseOf(services)],
    ['lead-score model', () => leadScoreModelOf(services)],
    ['customer segments', () => crmSegmentsOf(services)],
    ['recommender', () => crmRecommenderOf(services)],
    ['churn model', () => churnModelOf(services)],
  ];
  for (const [name, load] of steps) {
    const started = Date.now();
    try {
      await load();
      services.logger.info({ ms: Date.now() - started }, `${name} ready`);
    } catch (error) {
      services.logger.warn(
        { err: error },
        `${name} could not be prepared; the skill will say why when asked`,
      );
    }
  }
}
