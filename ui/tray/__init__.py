"""The tray app: tray icon and menu, notifications, and the no-tray fallback to the status window."""
