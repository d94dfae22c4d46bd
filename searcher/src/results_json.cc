// Filled in by the searcher.
