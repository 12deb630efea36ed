// A number with the sentence it was read from, shown on demand. Page text is rendered as text only.
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

export interface SourcedProps {
  children: ComponentChildren; // the number as displayed
  text: string | null | undefined; // the exact source sentence, when known
}

export function Sourced({ children, text }: SourcedProps) {
  if (!text) return <span class="gl-num">{children}</span>;
  return (
    <details class="gl-sourced">
      <summary>
        <span class="gl-num">{children}</span> <span class="gl-source-hint">{t('cmpSource')}</span>
      </summary>
      <q class="gl-source">{text}</q>
    </details>
  );
}
