"""The status window, the run details with CSV export, and the log viewer."""
