// The comparison components. The popup and the dashboard use `ComparisonView`; the parts are exported
// for views that need one table alone.
export { ComparisonView, type ComparisonViewProps } from './ComparisonView';
export { OutcomesTable } from './OutcomesTable';
export { ChangesTable } from './ChangesTable';
export { PeersTable } from './PeersTable';
export { TasksView } from './TasksView';
export { StatusBadge } from './StatusBadge';
export { Sourced } from './Sourced';
export { formatAmount, formatDelta } from './format';
