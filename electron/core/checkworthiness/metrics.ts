// The figures the issue asks for: F1 at a threshold and ROC AUC, on scores and 0/1 labels.

export interface BinaryScores {
  precision: number
  recall: number
  f1: number
}

export function f1At(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold = 0.5): BinaryScores {
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < scores.length; i++) {
    const predicted = scores[i] >= threshold
    if (predicted && labels[i] === 1) tp++
    else if (predicted) fp++
    else if (labels[i] === 1) fn++
  }
  const precision = tp / Math.max(1, tp + fp)
  const recall = tp / Math.max(1, tp + fn)
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 }
}

/** Area under the ROC curve (Mann-Whitney), ties counted half. */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b])
  let positives = 0
  let rankSum = 0
  for (let i = 0; i < order.length; ) {
    let j = i
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++
    const rank = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) if (labels[order[k]] === 1) {
      positives++
      rankSum += rank
    }
    i = j + 1
  }
  const negatives = order.length - positives
  if (positives === 0 || negatives === 0) return NaN
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}
