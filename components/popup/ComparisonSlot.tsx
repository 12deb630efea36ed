// ┌─────────────────────────────────────────────────────────────────────────────────────────────┐
// │ COMPARISON GOES HERE. A later change adds `compareReport(current, library)` (core/compare/)   │
// │ and its view (components/compare/). Wire it in this component: the popup store gets the      │
// │ comparison from the background (add a message to storage/messages.ts), and this slot         │
// │ renders it under the heading below. Until then the slot renders nothing.                      │
// └─────────────────────────────────────────────────────────────────────────────────────────────┘
import type { TabState } from '../../storage/messages';

type Ready = Extract<TabState, { status: 'ready' }>;

export function ComparisonSlot(_props: { tab: Ready }) {
  // Heading when filled: t('compareHeading').
  return <section class="compare-slot" data-slot="compare" hidden />;
}
