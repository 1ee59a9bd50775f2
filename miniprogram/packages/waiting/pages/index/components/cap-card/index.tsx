import { Text, View } from '@tarojs/components';
import type { CapOutcome } from '../../../../model/answer';
import { capView } from '../../../../model/cap';
import { WaitingSteps } from '../waiting-steps';
import './index.css';

/** The second card: this year's 大病保险 cap, and how continuity rewarded or a break cut it. */
export function CapCard({ outcome, coverageYear }: { outcome: CapOutcome; coverageYear: number }) {
  if (!outcome.ok) {
    return (
      <View id='cap-card' className='card'>
        <Text className='card-title'>{coverageYear} 年度大病保险最高赔付限额</Text>
        <Text id='cap-error' className='muted'>
          {outcome.message}
        </Text>
      </View>
    );
  }
  const view = capView(outcome.result);
  return (
    <View id='cap-card' className={`card cap-card cap-card--${view.kind}`}>
      <Text className='card-title'>{view.title}</Text>
      <Text id='cap-figure' className='cap-figure'>
        {view.figure}
      </Text>
      <Text id='cap-summary' className='cap-summary'>
        {view.summary}
      </Text>
      {view.lines.map((line) => (
        <View key={line.label} className={`cap-line cap-line--${line.sign === '+' ? 'up' : 'down'}`}>
          <Text className='cap-line-label'>{line.label}</Text>
          <Text className='cap-line-amount'>
            {line.sign}
            {line.amount}
          </Text>
        </View>
      ))}
      <WaitingSteps id='cap-steps' steps={outcome.result.steps} />
      {outcome.result.notes.map((note) => (
        <Text key={note} className='muted cap-note'>
          · {note}
        </Text>
      ))}
    </View>
  );
}
