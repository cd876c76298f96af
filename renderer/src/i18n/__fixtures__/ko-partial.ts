// A partial Korean catalogue, as a translator's first pass would be: a few keys, the rest missing.
// Test data only (no Korean ships yet); Korean has one plural form, so detail has _other alone.
export const koPartial = {
  header: { undo: '실행 취소', progress: '주장 {{total}}개 중 {{reviewed}}개 검토함' },
  removal: { detail_other: '주장 {{count}}개와 그 검토가 함께 옮겨집니다.' },
  settings: { themes: { dark: '어둡게' } },
}
