/**
 * Quizzes for students (`?mode=quiz`): rounds of questions built from the baked atlas, scored
 * against the baked zones, the skin's geodesics and the app's one lookup pipeline.
 */
export {
  buildRound, isQuizScope, OPTION_COUNT, QUESTION_KINDS, ROUND_DEFAULTS, scopesWithMuscles, TOP_CANDIDATES, whichDrawing,
  type FindQuestion, type PaintQuestion, type QuestionKind, type QuizMuscle, type QuizOption, type QuizQuestion,
  type QuizRound, type QuizScope, type RoundOptions, type WhichQuestion,
} from './questions';
export { MAX_SEED, parseSeed, seededRandom, type Random } from './random';
export {
  FIND_SCORE_DEFAULTS, PAINT_SCORE_DEFAULTS, scoreFind, scorePaint, scoreWhich,
  type FindScore, type FindScoreOptions, type PaintScore, type PaintScoreOptions, type QuizScore, type WhichScore,
} from './scoring';
export { summariseRound, type AnsweredQuestion, type RoundSummary, type ScoreTally } from './summary';
export { formatSavedRounds, MAX_SAVED_ROUNDS, parseSavedRounds, savedRoundOf, type SavedRound } from './savedScores';
export {
  essentialZone, INSIDE_ZONE_WEIGHT, ZONE_BRUSH_DEFAULTS, zoneBrush, zoneDrawingPoint, zoneVertices,
  type ZoneBrush, type ZoneBrushOptions,
} from './zoneDrawing';
export { zoneView, ZONE_VIEW_DEFAULTS, type ZoneViewOptions, type ZoneViewPlacement } from './zoneView';
