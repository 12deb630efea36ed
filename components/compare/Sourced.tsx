// A number with the sentence it was read from, shown on demand. Page text is rendered as text only.
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

export interface SourcedProps {
  children: ComponentChildren; // the number as displayed
  text: string | null | undefined; // the exact source sentence, when known
  compact?: boolean; // dense tables: the number alone is the handle, the word goes to a tooltip
}

export function Sourced({ children, text, compact = false }: SourcedProps) {
  if (!text) return <span class="gl-value">{children}</span>;
  return (
    <details class={compact ? 'gl-sourced gl-compact' : 'gl-sourced'}>
      <summary title={t('cmpSource')}>
        <span class="gl-value">{children}</span>
        {!compact && (
          <>
            {' '}
            <span class="gl-source-hint">{t('cmpSource')}</span>
          </>
        )}
      </summary>
      <q class="gl-source">{text}</q>
    </details>
  );
}
