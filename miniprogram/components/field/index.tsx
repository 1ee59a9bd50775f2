import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { FieldLabel, FieldLeave } from './label';
import './index.css';

/**
 * A labelled part of a form with its help line and, right under the control, its error in plain Chinese
 * (id `<id>-error`), so the message sits next to the box it is about.
 */
export function Field(props: { id: string; label: string; help?: ReactNode; error?: string; onLeave?: () => void; children: ReactNode }) {
  const { id, label, help, error, onLeave, children } = props;
  return (
    <View id={id} className={`field ${error ? 'field--error' : ''}`}>
      <Text className='field-label'>{label}</Text>
      {help ? <View className='field-help'>{help}</View> : null}
      <View className='field-control'>
        <FieldLabel.Provider value={label}>
          <FieldLeave.Provider value={onLeave}>{children}</FieldLeave.Provider>
        </FieldLabel.Provider>
      </View>
      {error ? (
        <Text id={`${id}-error`} className='error-text'>
          {error}
        </Text>
      ) : null}
    </View>
  );
}
