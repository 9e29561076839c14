/** X-ray screenshots of the 3D muscles, to judge each shape against an anatomy atlas. */
import { desktop, type Shot } from './shot';

export const MUSCLE_SHOTS: Shot[] = [
  { name: 'xray-upper-trapezius-back', query: '?muscle=upper-trapezius&view=back', ...desktop, xray: true },
  { name: 'xray-gluteus-medius-back', query: '?muscle=gluteus-medius&view=back', ...desktop, xray: true },
  { name: 'xray-temporalis', query: '?muscle=temporalis&view=right', ...desktop, xray: true },
];
