// RoadmapKit is the one module a front end imports: the features (history, reviews, reports,
// export, lint, diagram, templates) and, re-exported, the core and storage they are built on.
// The re-export also makes the two visible in every file of this module.
@_exported import RoadmapCore
@_exported import RoadmapStorage
