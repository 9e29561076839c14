/** Screenshots of the visit and classroom modes: presentation, the handout, quizzes. */
import { desktop, phone, tablet, type Shot } from './shot';

export const MODE_SHOTS: Shot[] = [
  { name: 'present-tablet-masseter', query: '?mode=present&muscle=masseter', ...tablet },
  { name: 'present-desktop-trapezius-trp2', query: '?mode=present&muscle=upper-trapezius', ...desktop, clicks: ['[aria-label="Next trigger point"]', '[aria-label="Next trigger point"]'] },
  { name: 'present-tablet-compare', query: '?mode=present&muscle=infraspinatus&view=back', ...tablet, clicks: ['#present-compare'] },
  { name: 'present-phone', query: '?mode=present&muscle=gluteus-minimus&view=right', ...phone },
  { name: 'handout-upper-trapezius', query: '?handout=1&muscle=upper-trapezius&pain=temple_r;neck_base_r', ...desktop, waitFor: '[data-handout-ready="true"]', fullPage: true },
  { name: 'handout-gluteus-minimus-phone', query: '?handout=1&muscle=gluteus-minimus&side=left', ...phone, waitFor: '[data-handout-ready="true"]', fullPage: true },
  { name: 'quiz-start-desktop', query: '?mode=quiz', ...desktop, waitFor: '[data-testid="quiz"]' },
  { name: 'quiz-start-phone', query: '?mode=quiz', ...phone, waitFor: '[data-testid="quiz"]' },
  { name: 'pose-stretch-upper-trapezius-desktop', query: '?muscle=upper-trapezius&pose=stretch', ...desktop, waitFor: '[data-testid="pose"][data-pose="stretch"]' },
  { name: 'pose-stretch-quadratus-lumborum-tablet', query: '?muscle=quadratus-lumborum&pose=stretch&body=female', ...tablet, waitFor: '[data-testid="pose"][data-pose="stretch"]' },
  { name: 'pose-release-infraspinatus-phone', query: '?muscle=infraspinatus&pose=release&view=back', ...phone, waitFor: '[data-testid="pose"][data-pose="release"]' },
];
