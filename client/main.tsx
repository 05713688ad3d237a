import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The base sheet first: the views' and activities' sheets that the app imports build on it.
import './app/styles.css';
import { App } from './app/App';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
