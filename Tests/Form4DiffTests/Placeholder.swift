import Testing

// Filled in by the issue that owns this module.
