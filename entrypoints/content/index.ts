// Runs on every gov.cn page, so it stays tiny: reads a few cheap signals (no layout, no Readability) and
// hands them to the background, which decides the badge. Nothing else is bundled here.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../storage/messages';
import { readSignals } from './signals';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main() {
    void sendMessage('pageSignals', readSignals(document, location.href)).catch(() => {
      // The extension was reloaded under this page: the next page load will do.
    });
  },
});
