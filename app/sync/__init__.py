"""The sync engine: settings model, planner (pure), applier (journaled, resumable), state store."""
