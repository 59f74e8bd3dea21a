"""Blast radius: before a scope, mapping, criteria or rule change is saved, show what it would do and ask.

The window asks the running service for a preview with the proposed settings (``bridge.preview``: a plan,
nothing written), folds the plan into counts — users created, changed, disabled, deleted, and groups — with
the reasons behind the disables and deletions, and shows them in :class:`BlastRadiusDialog`. Saving goes on
only when the admin confirms.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.admin import ObjectKind, Plan, PlanCategory
from ui.errors import describe
from ui.i18n import Retranslatable


@dataclass
class BlastRadius:
    created: int = 0
    changed: int = 0
    activated: int = 0
    disabled: int = 0
    deleted: int = 0
    groups_changed: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    error: str | None = None  # an error code when no preview could be made

    @property
    def destructive(self) -> bool:
        return self.disabled > 0 or self.deleted > 0


def summarise_plan(plan: Plan | Any) -> BlastRadius:
    if not isinstance(plan, Plan):
        return BlastRadius(error="preview_unavailable")
    radius = BlastRadius()
    for entry in plan.entries:
        if entry.kind is ObjectKind.GROUP:
            if entry.category is not PlanCategory.IGNORED:
                radius.groups_changed += 1
            continue
        if entry.category is PlanCategory.NEW:
            radius.created += 1
        elif entry.category is PlanCategory.UPDATE:
            radius.changed += 1
        elif entry.category is PlanCategory.ACTIVATE:
            radius.activated += 1
        elif entry.category is PlanCategory.DISABLE:
            radius.disabled += 1
            radius.reasons[entry.reason.code.value] += 1
        elif entry.category is PlanCategory.DELETE:
            radius.deleted += 1
            radius.reasons[entry.reason.code.value] += 1
    return radius


def reason_sentence(code: str, count: int) -> str:
    """Why ``count`` users would be disabled or deleted, as one whole sentence with its plural."""
    # translate() with the dialog's class as context: lupdate files widget.tr() under "widget", where Qt never
    # looks at run time.
    translate = QCoreApplication.translate
    if code == "left_scope":
        return translate(
            "BlastRadiusDialog", "%n user(s) left the selected OUs or no longer meet the criteria.", "", count
        )
    if code == "disabled_in_directory":
        return translate("BlastRadiusDialog", "%n user(s) are disabled in the directory.", "", count)
    if code == "deleted_in_directory":
        return translate("BlastRadiusDialog", "%n user(s) were deleted in the directory.", "", count)
    return translate("BlastRadiusDialog", "%n user(s) for another reason (%1).", "", count).replace("%1", code)


class BlastRadiusDialog(Retranslatable, QDialog):
    """Counts and reasons of a proposed change, with Save / Cancel. Use :meth:`open` (non-blocking)."""

    def __init__(self, radius: BlastRadius, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blastRadiusDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self.radius = radius
        self.intro = QLabel(self)
        self.intro.setObjectName("blastIntro")
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in ("created", "changed", "activated", "disabled", "deleted", "groups_changed"):
            caption, value = QLabel(self), QLabel(str(getattr(radius, key)), self)
            value.setObjectName(f"blast_{key}")
            caption.setBuddy(value)
            self.values[key], self.captions[key] = value, caption
            self.form.addRow(caption, value)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("blastReasons")
        self.reasons.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("blastWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("blastButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("blastSaveButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("blastCancelButton")
        self.cancel_button.setDefault(True)  # Enter must not confirm a change that disables people
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.reasons)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        r = self.radius
        self.setWindowTitle(self.tr("Before you save"))
        if r.error:
            reason = describe(r.error).text if r.error != "preview_unavailable" else ""
            self.intro.setText(
                self.tr("The effect of this change could not be worked out. Save anyway? The next sync will apply it.")
                + (f"\n\n{reason}" if reason else "")
            )
        else:
            self.intro.setText(self.tr("If you save, the next sync will do this:"))
        captions = {
            "created": self.tr("Users created:"),
            "changed": self.tr("Users changed:"),
            "activated": self.tr("Users re-activated:"),
            "disabled": self.tr("Users disabled:"),
            "deleted": self.tr("Users deleted:"),
            "groups_changed": self.tr("Groups created or changed:"),
        }
        for key, caption in captions.items():
            self.captions[key].setText(caption)
            self.values[key].setAccessibleName(caption)
            self.captions[key].setVisible(r.error is None)
            self.values[key].setVisible(r.error is None)
        if r.reasons:
            lines = [reason_sentence(code, n) for code, n in r.reasons.most_common()]
            self.reasons.setText(self.tr("Why:") + "\n" + "\n".join(f"• {line}" for line in lines))
        self.reasons.setVisible(bool(r.reasons))
        self.warning.setText(
            self.tr("Disabled users cannot sign in; deleted users and their data are gone from the cloud for good.")
        )
        self.warning.setVisible(r.destructive)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
