import { FolderOpenIcon } from 'tdesign-icons-react';

/** What a list shows when it has nothing, in words that say so ("暂无待办"). */
export function EmptyState({ text }: { text: string }) {
  return (
    <div className="staff-empty">
      <FolderOpenIcon size="40px" />
      <div className="staff-empty-text">{text}</div>
    </div>
  );
}
