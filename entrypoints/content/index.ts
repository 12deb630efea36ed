// Runs on every gov.cn page, so it stays tiny: reads a few cheap signals (no layout, no Readability) and
// hands them to the background, which decides the badge. Nothing else is bundled here.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../storage/messages';
import { readSignals } from './signals';
import { watchForArticle } from './watch';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main() {
    const send = () =>
      sendMessage('pageSignals', readSignals(document, location.href)).catch(() => {
        // The extension was reloaded under this page: the next page load will do.
        return null;
      });
    // A page that renders its article with script is still a shell now: read it again once it changes.
    void send().then((detection) => {
      if (detection?.kind === 'other') watchForArticle(document, async () => (await send())?.kind !== 'other');
    });
  },
});
