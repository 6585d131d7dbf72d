"""The analyst's review: the queue of doubtful events, corrections and saved edits."""
