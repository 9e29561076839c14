/**
 * The URL holds the shareable state (contract): `?muscle=<id>[&side=left|right]`, `?pain=P;P;...`,
 * `?view=front|back|left|right`, the patient's answers `?found=...;...` and `?answer=...;...`
 * in the CLI's syntax, and the body `?body=male|female&build=slim|average|heavy|muscular`. Parsing never throws: unknown or malformed values are dropped and reported
 * as notices.
 */
import {
  AnswerError, formatFound, formatQuestionAnswer, parseFound, QUESTION_ANSWER_TEXT, type FoundAnswer, type QuestionAnswer,
} from '../atlas/askBack/answers';
import { answerVocabulary } from '../atlas/answerVocabulary';
import { findMuscleEntry, MUSCLES } from './muscleCatalogue';
import { isPainPointText, MAX_AREA_SAMPLES } from '../atlas/painPoints';
import type { Side } from '../atlas/types';
import { BODY_IDS, BUILD_IDS, DEFAULT_BODY, DEFAULT_BUILD, isBodyId, isBuildId, type BodyId, type BuildId } from '../atlas/bodies';
import { MAX_PAIN_POINTS } from './drawingSlice';
import { isViewPreset, type ViewPreset } from './viewSlice';
import { isMode, isPoseId, MODES, POSE_IDS, type Mode, type PoseId } from './modeSlice';

/** What a URL asks for. */
export interface UrlState {
  view?: ViewPreset;
  muscle?: string;
  side?: Side;
  pain?: string[];
  found?: FoundAnswer[];
  /** Question ids are checked once the questions have loaded (see `askBackLoader`). */
  answer?: QuestionAnswer[];
  body?: BodyId;
  build?: BuildId;
  mode?: Mode;
  /** `?handout=1`: the printable handout of `muscle` (it wins over `mode`). */
  handout?: boolean;
  pose?: PoseId;
}

/** Most answers a link carries (a guard against pasted junk). */
const MAX_ANSWERS = 40;

/** Longest value we read; longer ones are ignored as junk. */
const MAX_VALUE_LENGTH = 2000;
/**
 * Longest drawing we read: as long as the longest the app writes (every point a painted area of
 * the most brush centres, each `x,y,z` at most about 20 characters), so a shared link always
 * opens again.
 */
const MAX_PAIN_LENGTH = MAX_PAIN_POINTS * ('area50~'.length + MAX_AREA_SAMPLES * 20);

/** Parses a query string into state plus notices about the values it ignored. */
export function parseUrlState(search: string): { state: UrlState; notices: string[] } {
  const notices: string[] = [];
  const state: UrlState = {};
  const params = readParams(search, notices);
  const get = (name: string): string | null => {
    const value = params.get(name);
    if (value !== null && value.length > (name === 'pain' ? MAX_PAIN_LENGTH : MAX_VALUE_LENGTH)) {
      notices.push(`The link's "${name}" value is too long and was ignored.`);
      return null;
    }
    return value;
  };
  const view = get('view');
  if (view !== null) {
    if (isViewPreset(view)) state.view = view;
    else notices.push(`Unknown view "${shorten(view)}" was ignored; showing the front view.`);
  }
  const muscle = get('muscle');
  if (muscle !== null) {
    const entry = findMuscleEntry(muscle);
    if (entry) state.muscle = entry.id;
    else notices.push(`Unknown muscle "${shorten(muscle)}" was ignored.`);
  }
  const side = get('side');
  if (side !== null) {
    if (side === 'left' || side === 'right') state.side = side;
    else notices.push(`Unknown side "${shorten(side)}" was ignored; showing the right side.`);
  }
  const pain = get('pain');
  if (pain !== null) {
    const points = pain.split(';').map((p) => p.trim()).filter(Boolean);
    const good = points.filter(isPainPointText);
    if (good.length < points.length) {
      const bad = points.filter((p) => !isPainPointText(p));
      notices.push(`${bad.length} pain point(s) in the link could not be read and were left out (e.g. "${shorten(bad[0] ?? '')}").`);
    }
    if (good.length > MAX_PAIN_POINTS) notices.push(`Only the first ${MAX_PAIN_POINTS} pain points of the link are used.`);
    if (good.length > 0) state.pain = good.slice(0, MAX_PAIN_POINTS);
  }
  const body = get('body');
  if (body !== null) {
    if (isBodyId(body)) state.body = body;
    else notices.push(`Unknown body "${shorten(body)}" was ignored (use ${BODY_IDS.join(' or ')}); showing the ${DEFAULT_BODY} body.`);
  }
  const build = get('build');
  if (build !== null) {
    if (isBuildId(build)) state.build = build;
    else notices.push(`Unknown build "${shorten(build)}" was ignored (use ${BUILD_IDS.join(', ')}); showing the ${DEFAULT_BUILD} build.`);
  }
  const mode = get('mode');
  if (mode !== null) {
    if (isMode(mode)) state.mode = mode;
    else notices.push(`Unknown mode "${shorten(mode)}" was ignored (use ${MODES.join(', ')}); showing the explorer.`);
  }
  const handout = get('handout');
  if (handout !== null) {
    if (handout !== '1' && handout !== 'true') notices.push(`The link's "handout" value "${shorten(handout)}" was not understood (use handout=1).`);
    else if (!state.muscle) notices.push('A handout needs a muscle (add muscle=...), so the explorer is shown.');
    else state.handout = true;
  }
  if (state.handout && state.mode) delete state.mode;
  const pose = get('pose');
  if (pose !== null) {
    if (!isPoseId(pose)) notices.push(`Unknown pose "${shorten(pose)}" was ignored (use ${POSE_IDS.join(', ')}); showing the rest pose.`);
    else if (!state.muscle && pose !== 'rest') notices.push(`A ${pose} pose needs a muscle (add muscle=...), so the rest pose is shown.`);
    else state.pose = pose;
  }
  const found = get('found');
  if (found !== null) {
    const vocabulary = answerVocabulary(MUSCLES, []);
    const read: FoundAnswer[] = [];
    for (const text of found.split(';').map((t) => t.trim()).filter(Boolean).slice(0, MAX_ANSWERS)) {
      try {
        read.push(parseFound(text, vocabulary));
      } catch (error) {
        if (!(error instanceof AnswerError)) throw error;
        notices.push(`An answer in the link was left out: ${error.message}.`);
      }
    }
    if (read.length > 0) state.found = read;
  }
  const answer = get('answer');
  if (answer !== null) {
    const read: QuestionAnswer[] = [];
    for (const text of answer.split(';').map((t) => t.trim()).filter(Boolean).slice(0, MAX_ANSWERS)) {
      const match = QUESTION_ANSWER_TEXT.exec(text);
      if (match) read.push({ question: match[1]!, yes: match[2] === 'yes' });
      else notices.push(`An answer in the link could not be read and was left out ("${shorten(text)}").`);
    }
    if (read.length > 0) state.answer = read;
  }
  return { state, notices };
}

/** Writes state into a query string, keeping parameters this module does not own. */
export function formatUrlState(state: UrlState, current: string): string {
  const params = readParams(current, []);
  const put = (name: string, value: string | undefined) => (value ? params.set(name, value) : params.delete(name));
  put('muscle', state.muscle);
  put('side', state.muscle && state.side === 'left' ? 'left' : undefined);
  put('pain', state.pain && state.pain.length > 0 ? state.pain.join(';') : undefined);
  put('view', state.view && state.view !== 'front' ? state.view : undefined);
  put('found', state.found && state.found.length > 0 ? state.found.map(formatFound).join(';') : undefined);
  put('answer', state.answer && state.answer.length > 0 ? state.answer.map(formatQuestionAnswer).join(';') : undefined);
  put('body', state.body && state.body !== DEFAULT_BODY ? state.body : undefined);
  put('build', state.build && state.build !== DEFAULT_BUILD ? state.build : undefined);
  put('mode', state.mode && state.mode !== 'explore' ? state.mode : undefined);
  put('handout', state.handout ? '1' : undefined);
  put('pose', state.muscle && state.pose && state.pose !== 'rest' ? state.pose : undefined);
  // Semicolons and commas read better unescaped and are safe in a query value.
  const text = params.toString().replace(/%3B/gi, ';').replace(/%2C/gi, ',').replace(/%7E/gi, '~').replace(/%3A/gi, ':');
  return text ? `?${text}` : '';
}

function readParams(search: string, notices: string[]): URLSearchParams {
  try {
    // URLSearchParams decodes leniently; a malformed escape (%E0%A4%A) stays as text, never throws.
    return new URLSearchParams(search);
  } catch {
    notices.push('The link could not be read, so the default view is shown.');
    return new URLSearchParams();
  }
}

function shorten(value: string): string {
  // Control characters would garble the notice; drop them.
  const clean = [...value].filter((c) => c.charCodeAt(0) >= 32).join('');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
