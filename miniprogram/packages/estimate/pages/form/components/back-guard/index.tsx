import { PageContainer } from '@tarojs/components';
import { useEffect, useState } from 'react';

/**
 * weapp: back inside the form goes to the previous step. A mini program has no history to put the steps in, and
 * `wx.enableAlertBeforeUnload` only asks "确定离开？" (it cannot step back, and does not stop a swipe). WeChat's
 * `page-container` is the documented way: while one is shown, a back (右滑手势、安卓物理返回键、navigateBack) closes
 * it instead of the page, and `beforeleave` tells the page. So an empty, invisible one stands on every step after the
 * first; its back shows the previous step, and a new one is put up for the next back. On step 1 there is none, and
 * back leaves the form as before. H5 renders nothing here: its steps are history entries (../../step-history.ts).
 */
export function BackGuard(props: { active: boolean; onBack: () => void }) {
  const [armed, setArmed] = useState(true);
  useEffect(() => {
    if (armed) return undefined;
    // A page-container that has closed does not catch the next back: a fresh one does, after this one has gone.
    const timer = setTimeout(() => setArmed(true), 80);
    return () => clearTimeout(timer);
  }, [armed]);
  if (process.env.TARO_ENV !== 'weapp' || !props.active || !armed) return null;
  return (
    <PageContainer
      show
      overlay={false}
      duration={0}
      customStyle='position: absolute; width: 0; height: 0; overflow: hidden;'
      onBeforeLeave={() => {
        setArmed(false);
        props.onBack();
      }}
    />
  );
}
