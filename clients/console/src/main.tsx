import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Regular and bold only: the two weights the デジタル庁 type scale uses. Each is split by unicode-range,
// so a page downloads just the slices of the characters it shows.
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import './styles/index.css';
import { Root } from './Root';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
