import Taro, { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // weapp talks to its cloud functions through wx.cloud (default environment); h5 goes to the local gateway.
    if (process.env.TARO_ENV === 'weapp') Taro.cloud.init({ traceUser: true });
  });
  return children;
}

export default App;
