"""The Qt user interface: setup wizard, tray app, settings window, and the bridge to the agent service."""
