/**
 * The reverse lookup: pain drawing in, ranked candidate muscles with reasons out.
 */
export { type AtlasIndex, type AtlasLayer, indexAtlas, indexAtlasSteps } from './indexAtlas';
export { describeSpot, describeTriggerPoint, MIDLINE_WORDS, SIDED_WORDS } from './describeSpot';
export {
  type Candidate, type CandidateScore, compareScored, explainCandidate, FIND_CANDIDATES_DEFAULTS, findCandidates,
  type FindCandidatesOptions, rankCandidates, type RankedCandidate, scoreCandidate, type SpotExplanation,
  type TriggerPointHit,
} from './findCandidates';
export { type AreaSpot, areaSpot, type PainDrawing, type PainSpot, type PointSpot, pointSpot } from './painDrawing';
