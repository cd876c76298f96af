// UI words of the removal, engine-state, check-worthiness, export-folder and report
// features, kept together as strings.ts keeps the rest (ready for translation).
export const FEATURE_STRINGS = {
  removal: {
    button: 'Remove…',
    buttonLabel: (title: string) => `Remove “${title}” from the workspace`,
    title: 'Remove article',
    confirm: (title: string) => `Remove “${title}” from the workspace?`,
    detail: (claims: number) =>
      `Its ${claims} claim${claims === 1 ? '' : 's'} and their review go with it. The file is moved aside in the workspace's articles folder, not deleted: Undo, or Removed articles, brings it back as it was.`,
    confirmButton: 'Remove article',
    cancel: 'Keep it',
    removed: (title: string) => `Removed “${title}”.`,
    undo: 'Undo',
    undoRemoval: (title: string) => `Undo: bring “${title}” back`,
    undoLabel: 'Remove article',
    restored: (title: string) => `Restored “${title}”.`,
    listTitle: (n: number) => `Removed articles (${n})`,
    restore: 'Restore',
    restoreLabel: (title: string) => `Restore “${title}”`,
    removedOn: (when: string) => `removed ${when}`,
  },
  engine: {
    retry: 'Retry',
    retrying: 'Saving…',
    stillUnsaved: 'Still not saved. Free the file or the disk, then retry.',
    savedNow: (n: number) => (n === 1 ? 'Saved the change that was waiting.' : `Saved the ${n} changes that were waiting.`),
    externalTitle: 'Changed on disk',
    dismiss: 'Dismiss',
    mergeTitle: 'Interrupted merge',
    merge: (source: string, applied: number, total: number) =>
      `The merge of ${source} was interrupted: ${applied} of ${total} articles merged. Finish it, or undo what it merged.`,
    finish: 'Finish merge',
    undoMerge: 'Undo merge',
    finished: (n: number, changed: number) => `Merge finished: ${n} article${n === 1 ? '' : 's'} written${changed ? `; ${changed} changed since were left as they are` : ''}.`,
    lockTitle: 'Workspace lock',
    lockRetaken: 'Taken back',
    lockHeld: (holder: string | null) => `${holder ?? 'Another program'} is using this workspace.`,
    lockWaiting: (changes: number) =>
      changes === 0
        ? 'Nothing is written until it lets go; your changes stay in this window.'
        : `${changes === 1 ? '1 change waits' : `${changes} changes wait`} in this window, not saved until it lets go.`,
    lockLostAction: 'Close the workspace there (or let it finish), then choose Try again.',
    /** The header's save line while the lock is held elsewhere: the banner says the rest. */
    lockSaveLine: 'waiting for the workspace',
    tryAgain: 'Try again',
    stillLocked: 'Still in use by the other program: nothing was written.',
    tryingAgain: 'Trying…',
    undone: (restored: number, removed: number) => `Merge undone: ${restored} article${restored === 1 ? '' : 's'} restored, ${removed} moved aside.`,
  },
  checkworthiness: {
    title: 'Why it was picked',
    score: (percent: number) => `Check-worthiness ${percent}%`,
    noReasons: 'No reasons recorded: this claim was made by hand or before the model gave reasons.',
    sortLabel: 'Order claims',
    sort: { text: 'Text order', score: 'Check-worthy first' },
  },
  headline: {
    label: 'Headline claim',
    placeholder: 'A short form of the claim, for ClaimReview (≤ 75 characters)',
    hint: 'Optional. Published as the name of the claim in ClaimReview; the whole claim is kept as well. Google suggests 75 characters at most.',
    length: (n: number) => `${n}/75`,
  },
  exportFolder: {
    choose: 'Choose…',
    useDefault: 'Use the default',
  },
  omitted: {
    title: (n: number) => `${n} review${n === 1 ? '' : 's'} left out of the ClaimReview file`,
    saved: (path: string) => `Saved: ${path}`,
    claim: (n: number) => `Claim ${n}`,
    close: 'Close',
  },
} as const
