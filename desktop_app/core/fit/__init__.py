"""The fit of a position to the classes of a library: profiles of classes, ranking, coverage, level cues."""
