// STUB until the detection work lands: see the issue. Signatures are the contract.
import type { Detection } from './types';

export function detect(norm: string, page: { url: string; title: string }): Detection {
  const s = page.title + norm.slice(0, 3000);
  if (/进展情况|推进情况|督查/.test(s)) return { kind: 'progress', confidence: 0.5, reasons: ['stub'] };
  if (/政府工作报告/.test(s)) return { kind: 'gwr', confidence: 0.5, reasons: ['stub'] };
  return { kind: 'other', confidence: 0.5, reasons: ['stub'] };
}
