// What the dashboard says when the library fails it: storage errors (disk full, an upgrade blocked by
// another page, a write that did not happen) in the page's language; anything else with its own message.
import { describeFailure } from '../../storage/errors';
import { t } from '../i18n';

export const failureText = (e: unknown): string => describeFailure(e, t);
