// How values read in the popup: the comparison's formats (components/compare/format.ts), in the chosen language.
import type { Item } from '../../core/types';
import { formatAmount } from '../compare/format';

export { formatDate } from '../compare/format';

export function formatValue(item: Pick<Item, 'value' | 'value_max' | 'unit' | 'qualifier'>): string {
  return formatAmount(item);
}
