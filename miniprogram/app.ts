import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { listenForPrivacyPrompts } from './components/privacy-dialog/gate';
import { initCloud } from './services/api';
import { installKeyboardControls } from './services/keyboard';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // weapp talks to its cloud functions through wx.cloud; h5 goes to the local gateway and has no privacy gate.
    if (process.env.TARO_ENV === 'weapp') {
      initCloud();
      listenForPrivacyPrompts();
    }
    if (process.env.TARO_ENV === 'h5') installKeyboardControls();
  });
  return children;
}

export default App;
