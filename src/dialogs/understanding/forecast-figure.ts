import { patternOf } from '../../core/patterns';
/**
 * One figure of the forecast asked in sales words, alone or right after a forecast: "upside?",
 * "and best case?", "what's the commit number", "most likely?", "worst case". Each is a figure the
 * forecast already holds per currency: commit (won plus the deals the reps commit, the low end; "worst
 * case", "downside"), best case (won, commit and the best-case deals), upside (the best-case deals
 * beyond commit), most likely (the model-weighted forecast; "likely to land").
 */
export type ForecastFigure = 'commit' | 'best_case' | 'upside' | 'likely';

const FIGURES: ReadonlyArray<[ForecastFigure, string]> = [
  ['upside', String.raw`up[\s-]?side`],
  ['best_case', String.raw`best[\s-]?case|best[\s-]+scenario|stretch`],
  ['commit', String.raw`commit(?:ted|s)?|worst[\s-]?case|down[\s-]?side|floor`],
  ['likely', String.raw`most[\s-]+likely|likely(?:\s+to\s+land|\s+case)?|realistic(?:\s+case)?|weighted`],
];
const FIGURE = FIGURES.map(([, words]) => words).join('|');
/** Words before the figure in a short follow-up: "and", "what about", "what's the", "our". */
const LEAD = String.raw`(?:(?:and|but|so|ok|okay|hmm+|also|what\s+about|how\s+about|wh?at'?s|what\s+is|what\s+are|wat\s+is|give\s+me|show\s+me|tell\s+me|the|our|my|its|ur|your|team|team's)[\s,]+)*`;
/** Words after it: "number", "figure", "then", "for that". */
const TAIL = String.raw`(?:\s+(?:number|no|figure|amount|total|then|call|scenario|view|look\s+like|looking\s+like|for\s+(?:that|it|this|them))\b)*`;
const TERSE = new RegExp(String.raw`^\s*${LEAD}(?:the\s+)?(${FIGURE})${TAIL}\s*[?.!]*\s*$`, 'i');

/**
 * The forecast figure a short follow-up asks ("upside?", "and best case?", "what's the commit
 * number then"); undefined for anything longer or about something else ("commit the task", "best
 * case deals this quarter", which lists deals).
 */
export function forecastFigureFollowUpOf(text: string): ForecastFigure | undefined {
  const said = TERSE.exec(text.replace(/[’‘]/g, "'"))?.[1]?.toLowerCase();
  if (!said) return undefined;
  return FIGURES.find(([, words]) => patternOf(`^(?:${words})$`, 'i').test(said))?.[0];
}
