import { createRoot } from 'react-dom/client';
import zhCN from 'tdesign-react/es/locale/zh_CN';
import { ConfigProvider } from './ui';
import { App } from './app/App';
import { SessionProvider } from './app/session';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <ConfigProvider globalConfig={zhCN}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </ConfigProvider>,
  );
}
