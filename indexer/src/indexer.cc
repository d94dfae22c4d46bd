// Filled in by the indexing pipeline.
