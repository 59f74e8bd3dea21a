"""Words for the error codes the tray app, the status window and the settings window meet that the shared
table (:mod:`ui.errors`) does not have yet. Added through its :func:`ui.errors.register` API, never replacing
an entry that exists."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import errors

_ENTRIES = (
    (
        "agent_not_running",
        QT_TRANSLATE_NOOP("ErrorMessages", "The agent is not running"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The agent service is not running, so it cannot do this now."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Quit Identity Connect and start it again; if that does not help, see the log."
        ),
        errors.Action.NONE,
    ),
    (
        "agent_failed",
        QT_TRANSLATE_NOOP("ErrorMessages", "The agent stopped"),
        QT_TRANSLATE_NOOP("ErrorMessages", "The agent service stopped because of an unexpected problem."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Start Identity Connect again. If it keeps happening, send the log file to your support contact.",
        ),
        errors.Action.NONE,
    ),
    (
        "engine_unavailable",
        QT_TRANSLATE_NOOP("ErrorMessages", "Sync is not available"),
        QT_TRANSLATE_NOOP("ErrorMessages", "This build of the agent cannot sync yet."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Install the complete Identity Connect package."),
        errors.Action.NONE,
    ),
    (
        "deletion_needs_confirmation",
        QT_TRANSLATE_NOOP("ErrorMessages", "Please confirm"),
        QT_TRANSLATE_NOOP("ErrorMessages", "Deleting users in the cloud loses their data for good."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Tick the confirmation below the warning, then save again."),
        errors.Action.CHANGE_INPUT,
    ),
    (
        "leave_scope_disable_needs_reflect",
        QT_TRANSLATE_NOOP("ErrorMessages", "Settings do not fit together"),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "“Disable” when a user leaves the selected OUs needs status sync set to Reflect."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Set status sync to Reflect, or choose “Do nothing” for users who leave the OUs."
        ),
        errors.Action.CHANGE_INPUT,
    ),
)


def _factory(code: str, title: str, message: str, fix: str, action: errors.Action) -> errors.Factory:
    def make(_details: object) -> errors.UserMessage:
        translate = QCoreApplication.translate
        return errors.UserMessage(
            code,
            translate("ErrorMessages", title),
            translate("ErrorMessages", message),
            translate("ErrorMessages", fix),
            action,
        )

    return make


def register_messages() -> None:
    known = set(errors.known_codes())
    for code, title, message, fix, action in _ENTRIES:
        if code not in known:
            errors.register(code, _factory(code, title, message, fix, action))


register_messages()
