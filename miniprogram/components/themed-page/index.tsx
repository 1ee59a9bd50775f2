import { View } from '@tarojs/components';
import { useEffect, type ReactNode } from 'react';
import { themeClass } from '../../theme/elder';
import { PrivacyDialog } from '../privacy-dialog';
import { useElderMode } from '../../theme/use-elder-mode';

/**
 * H5: Taro's page container (div.taro_page) is what scrolls; a keyboard or switch-access user must be able to focus
 * it to scroll it (axe scrollable-region-focusable), so every page container is in the tab order. WeChat scrolls the
 * page itself.
 */
function focusablePageContainers(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  document.querySelectorAll('.taro_page:not([tabindex])').forEach((el) => el.setAttribute('tabindex', '0'));
}

/** The root of every page: carries the theme class, so 长辈模式 is CSS variables rather than a copy of the page. */
export function ThemedPage({ id, className, children }: { id?: string; className?: string; children: ReactNode }) {
  const [elder] = useElderMode();
  useEffect(focusablePageContainers, []);
  return (
    <View id={id} className={themeClass(elder, `page ${className ?? ''}`.trim())}>
      {children}
      <PrivacyDialog />
    </View>
  );
}
