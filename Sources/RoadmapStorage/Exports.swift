// Storage writes what the core computes: its API speaks the core's types (TextEdit, EditedBytes,
// StorageError), so a module that imports Storage sees them too, and every file here does.
@_exported import RoadmapCore
