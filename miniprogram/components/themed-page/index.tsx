import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { themeClass } from '../../theme/elder';
import { PrivacyDialog } from '../privacy-dialog';
import { useElderMode } from '../../theme/use-elder-mode';

/** The root of every page: carries the theme class, so 长辈模式 is CSS variables rather than a copy of the page. */
export function ThemedPage({ id, className, children }: { id?: string; className?: string; children: ReactNode }) {
  const [elder] = useElderMode();
  return (
    <View id={id} className={themeClass(elder, `page ${className ?? ''}`.trim())}>
      {children}
      <PrivacyDialog />
    </View>
  );
}
