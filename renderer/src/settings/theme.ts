// Applies the theme and text size to the document: data-theme picks the palette in
// styles.css, --text-scale scales every font size. "system" follows the OS live.
import { useEffect } from 'react'
import { TEXT_SIZE_SCALE, type UiSettings } from './useSettings'

export function useDocumentTheme(theme: UiSettings['theme'], textSize: UiSettings['textSize']) {
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)')
    const apply = () => {
      document.documentElement.dataset.theme = theme === 'system' ? (query.matches ? 'dark' : 'light') : theme
    }
    apply()
    query.addEventListener('change', apply)
    return () => query.removeEventListener('change', apply)
  }, [theme])
  useEffect(() => {
    document.documentElement.style.setProperty('--text-scale', String(TEXT_SIZE_SCALE[textSize] ?? 1))
  }, [textSize])
}
