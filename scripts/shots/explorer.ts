/** Screenshots of the explorer at tablet and laptop sizes: panels, x-ray, framing (issue 17, item 0). */
import { desktop, phone, tablet, type Shot } from './shot';

export const EXPLORER_SHOTS: Shot[] = [
  { name: 'explorer-tablet-masseter', query: '?muscle=masseter', ...tablet },
  { name: 'explorer-tablet-masseter-xray', query: '?muscle=masseter', ...tablet, xray: true },
  { name: 'explorer-desktop-temporalis-xray', query: '?muscle=temporalis', ...desktop, xray: true },
  { name: 'explorer-tablet-quadratus-lumborum', query: '?muscle=quadratus-lumborum', ...tablet },
  { name: 'explorer-desktop-upper-trapezius-left', query: '?muscle=upper-trapezius&side=left', ...desktop },
  { name: 'explorer-tablet-infraspinatus-back', query: '?muscle=infraspinatus&view=back', ...tablet },
  { name: 'explorer-desktop-piriformis-stretch', query: '?muscle=piriformis&pose=stretch', ...desktop, waitFor: '[data-testid="pose"][data-pose="stretch"]' },
  { name: 'explorer-tablet-soleus', query: '?muscle=soleus&view=back', ...tablet },
  { name: 'explorer-phone-masseter', query: '?muscle=masseter', ...phone },
  { name: 'explorer-tablet-trapezius-folded', query: '?muscle=upper-trapezius&view=back', ...tablet, clicks: ['[data-testid="panel-fold"]'] },
  { name: 'explorer-desktop-seated-stretch-folded', query: '?muscle=levator-scapulae&pose=stretch', ...desktop, waitFor: '[data-testid="pose"][data-pose="stretch"]', clicks: ['[data-testid="panel-fold"]'] },
];
