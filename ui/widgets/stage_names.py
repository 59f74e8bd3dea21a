"""The names of the directory check's stages, as the checklist shows them (:mod:`ui.widgets.diagnostics`).

The wizard's directory page and the settings window's Change LDAP settings page draw the same checklist from
the core's stage codes (:attr:`app.setup.flow.DiagnosticRow.stage`); both name the stages here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def stage_label(code: str) -> str:
    """The name of a diagnostic stage (one of the core's stage codes; an unknown code is shown as it is)."""
    labels = {
        "host": QCoreApplication.translate("Diagnostics", "Server name is valid"),
        "dns": QCoreApplication.translate("Diagnostics", "Server name resolves in DNS"),
        "tcp": QCoreApplication.translate("Diagnostics", "Server accepts connections"),
        "tls": QCoreApplication.translate("Diagnostics", "Secure connection (certificate trusted)"),
        "bind": QCoreApplication.translate("Diagnostics", "Bind account signs in"),
        "root_dse": QCoreApplication.translate("Diagnostics", "Directory information readable"),
        "read": QCoreApplication.translate("Diagnostics", "Users are readable"),
    }
    return labels.get(code, code)
