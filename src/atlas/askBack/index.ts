/**
 * The lookup asks back (contract section of that name): answers to checks and questions
 * re-rank the candidates, the next checks and questions are chosen by how much they could move
 * the top three, and the drawing's spread says whether it is regional or widespread.
 */
export {
  AnswerError, type Answers, type AnswerVocabulary, FOUND_ANSWERS, type FoundAnswer, type FoundKind, formatFound,
  formatQuestionAnswer, latestAnswers, NO_ANSWERS, parseFound, parseQuestionAnswer, type QuestionAnswer,
} from './answers';
export { checkLetter } from './checkLetter';
export { type Check, MAX_CHECKS, nextChecks } from './nextChecks';
export { type AskedQuestion, MAX_QUESTIONS, nextQuestions } from './nextQuestions';
export { type LookupQuestion, QUESTION_WEIGHT } from './questionSchema';
export { type AnsweredCandidate, type BaseCandidate, baseCandidates, rerank, TENDER_LIFT } from './rerank';
export { ESSENTIAL_ZONE_MISSED, type SourceOdds, sourceOdds } from './sourceOdds';
export { type DrawingSpread, SPREAD_REGIONS, type SpreadRegion, spreadOfLandmarks, WIDESPREAD_REGIONS } from './spread';
