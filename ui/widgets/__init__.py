"""Reusable widgets shared by the setup wizard, the tray app and the settings window.

- :class:`~ui.widgets.qr.QrCodeWidget`: a QR code drawn from the ``qrcode`` package's module matrix.
- :class:`~ui.widgets.device_signin.DeviceSignInWidget`: the device-code sign-in panel (URL, code, copy,
  open in browser, QR, countdown, states).
- :class:`~ui.widgets.directory_form.DirectoryConnectionForm`: domain, DCs, bind identity, password,
  transport security, CA file.
- :class:`~ui.widgets.diagnostics.DiagnosticsChecklist`: the staged directory check, filled in live.

Each is self-contained: it takes data in through methods, reports through signals, does no I/O itself and
retranslates itself on ``QEvent.LanguageChange``.
"""
