import { Text, View } from '@tarojs/components';
import './index.css';

/** One task of the app: open when it has a page, otherwise saying plainly what it will do. */
export function TaskCard(props: { id: string; title: string; what: string; open: boolean; action?: string; onOpen?: () => void }) {
  const { id, title, what, open, action = '去看看 ›', onOpen } = props;
  return (
    <View
      id={id}
      className={`task-card ${open ? 'task-card--open' : ''}`}
      hoverClass={open ? 'btn-hover' : 'none'}
      ariaRole={open ? 'button' : undefined}
      onClick={open ? onOpen : undefined}
    >
      <View className='task-card-head'>
        <Text className='task-card-title'>{title}</Text>
        <Text className={`task-card-state ${open ? 'task-card-state--open' : ''}`}>{open ? action : '即将开放'}</Text>
      </View>
      <Text className='task-card-what'>{what}</Text>
    </View>
  );
}
