"""The kit as data: models, build and read-only store. Imports no Qt, by design."""
