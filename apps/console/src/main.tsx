import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadConsoleConfig } from './auth/console-config';
import { initI18n } from './i18n/i18n';

initI18n();
const root = createRoot(document.getElementById('root') as HTMLElement);
loadConsoleConfig()
  .then((config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => root.render(<p role="alert">{String(error)}</p>));
