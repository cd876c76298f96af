import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { uiLanguage } from './i18n'
import './styles.css'
import './features/features.css'

// The page speaks the catalogue's language (English until another catalogue ships), whatever the OS's.
document.documentElement.lang = uiLanguage()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
