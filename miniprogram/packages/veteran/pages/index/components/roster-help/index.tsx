import { Text, View } from '@tarojs/components';
import type { NotOnRosterHelp } from '../../../../model/whose';

/** Not on the roster: what it means and what to do, in steps — never an error dump. */
export function RosterHelp({ help }: { help: NotOnRosterHelp }) {
  return (
    <View id='vet-roster-help' className='card'>
      <Text id='vet-roster-title' className='vet-title'>
        {help.title}
      </Text>
      <Text className='vet-line'>可以这样办：</Text>
      {help.steps.map((s, i) => (
        <Text key={s} id={`vet-roster-step-${i}`} className='vet-line'>
          {i + 1}. {s}
        </Text>
      ))}
      <Text className='vet-source'>依据：{help.source}</Text>
    </View>
  );
}
