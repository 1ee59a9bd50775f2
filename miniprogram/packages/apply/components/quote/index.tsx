import { Text, View } from '@tarojs/components';
import './index.css';

/** A sentence of a policy document, quoted, with where it is from. */
export function Quote({ text, source, className }: { text: string; source: string; className?: string }) {
  return (
    <View className={`quote ${className ?? ''}`.trim()}>
      <Text className='quote-text'>“{text}”</Text>
      <Text className='quote-source'>依据：{source}</Text>
    </View>
  );
}
