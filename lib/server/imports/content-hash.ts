/** The content hash of the snapshot an import's file makes: the same file is the same snapshot. */
export const importContentHash = (fileHash: string) => `file:${fileHash}`;
