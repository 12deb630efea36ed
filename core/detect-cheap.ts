// STUB until the detection work lands. Runs in the content script on every gov.cn page:
// must stay tiny (no opencc, no big tables) and read only the bounded signals it is given.
import type { Detection, PageSignals } from './types';

export function detectCheap(signals: PageSignals): Detection {
  const s = signals.title + signals.headings.join(' ') + signals.text.slice(0, 2000);
  if (/进展情况|進展情況/.test(s)) return { kind: 'progress', confidence: 0.5, reasons: ['stub'] };
  if (/政府工作报告|政府工作報告/.test(s)) return { kind: 'gwr', confidence: 0.5, reasons: ['stub'] };
  return { kind: 'other', confidence: 0.5, reasons: ['stub'] };
}
